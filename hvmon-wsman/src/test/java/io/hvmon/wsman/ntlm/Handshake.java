package io.hvmon.wsman.ntlm;

import java.util.Map;

/** Test fixture: a server with known accounts and a helper that runs a full in-memory handshake. */
final class Handshake {

    static final ServerIdentity HOST = ServerIdentity.standalone("hv01.example.test");
    static final Map<String, String> ACCOUNTS = Map.of("Administrator", "S3cret!pass", "monitor", "pässwörd-ü");

    record Sessions(NtlmSession client, NtlmSession server) {
    }

    private Handshake() {
    }

    static NtlmServer server() {
        return new NtlmServer(CredentialLookup.of(ACCOUNTS), HOST);
    }

    static Sessions run(String user, String domain, String password) throws NtlmException {
        NtlmClient client = new NtlmClient(user, domain, password);
        NtlmServer server = server();
        byte[] challenge = server.challenge(client.negotiate());
        NtlmSession serverSession = server.authenticate(client.authenticate(challenge));
        return new Sessions(client.session(), serverSession);
    }
}
