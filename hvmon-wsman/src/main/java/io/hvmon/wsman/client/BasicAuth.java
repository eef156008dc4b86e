package io.hvmon.wsman.client;

import io.hvmon.cim.CimException;
import io.hvmon.wsman.http.ClientConnection;
import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/** HTTP Basic, sent preemptively with every request (as pywinrm and curl do). Use over https only. */
final class BasicAuth implements ConnectionAuth {

    private final AuthAttempt attempt;
    private final String authorization;

    BasicAuth(AuthAttempt attempt, char[] password) {
        this.attempt = attempt;
        String user = attempt.user();
        CharBuffer credentials = CharBuffer.allocate(user.length() + 1 + password.length);
        credentials.put(user).put(':').put(password).flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(credentials);
        byte[] raw = Arrays.copyOf(bytes.array(), bytes.limit());
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(raw);
        Arrays.fill(raw, (byte) 0);
        Arrays.fill(bytes.array(), (byte) 0);
        Arrays.fill(credentials.array(), '\0');
    }

    @Override
    public void establish(ClientConnection connection, String path, HttpHeaders baseHeaders, Instant deadline) {
        // nothing to set up: every request carries the credentials
    }

    @Override
    public HttpMessage request(String path, HttpHeaders baseHeaders, byte[] soap) {
        return HttpMessage.request("POST", path, baseHeaders.with("Authorization", authorization)
                .with("Content-Type", Soap.CONTENT_TYPE), soap);
    }

    @Override
    public byte[] soap(HttpMessage response) throws CimException {
        if (response.status() == 401) {
            // Basic is judged on every request: a 401 is a refusal of this scheme or of these credentials
            OfferedSchemes offered = OfferedSchemes.of(response);
            throw offered.offersBasic() ? AuthFailures.refused(attempt, offered)
                    : AuthFailures.notOffered(attempt, offered);
        }
        return Soap.plainBody(response);
    }

    @Override
    public String toString() {
        return "BasicAuth";
    }
}
