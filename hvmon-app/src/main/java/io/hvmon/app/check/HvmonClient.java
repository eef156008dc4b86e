package io.hvmon.app.check;

import com.fasterxml.jackson.jr.ob.JSON;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

/**
 * Asks a running hvmon over HTTP(S), as lightly as a plugin run every minute should: the JDK's
 * {@link HttpURLConnection} (no client threads to start), one request, gzip accepted, JSON parsed with jackson-jr.
 *
 * @param apiKey sent as {@code X-API-KEY}, or null
 * @param tls    for https, or null for the JDK's default trust
 */
public record HvmonClient(URI base, Duration timeout, String apiKey, SSLContext tls) {

    /** GETs a path (with its query) under the base URL; any HTTP status is an answer, a broken exchange a failure. */
    public ApiAnswer get(String pathAndQuery) throws CheckFailure {
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + pathAndQuery);
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            if (connection instanceof HttpsURLConnection https && tls != null) {
                https.setSSLSocketFactory(tls.getSocketFactory());
            }
            int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
            connection.setConnectTimeout(millis);
            connection.setReadTimeout(millis);
            connection.setRequestProperty("Accept", "application/json");
            connection.setRequestProperty("Accept-Encoding", "gzip");
            connection.setRequestProperty("User-Agent", "hvmon-check");
            if (apiKey != null) {
                connection.setRequestProperty("X-API-KEY", apiKey);
            }
            int status = connection.getResponseCode();
            Object body = read(connection, status);
            boolean stale = "true".equalsIgnoreCase(connection.getHeaderField("X-Hvmon-Stale"));
            String incomplete = connection.getHeaderField("X-Hvmon-Incomplete-Hosts");
            connection.disconnect();
            if (status == 401 || status == 403) {
                throw new CheckFailure("hvmon at " + base + " refused the request (" + status + "): "
                        + (apiKey == null ? "it wants an API key: give --api-key-env VAR or --api-key-file FILE"
                        : "the API key was not accepted") + (status == 403 ? " (or this address is not allowed)" : ""));
            }
            if (status == 429) {
                throw new CheckFailure("hvmon at " + base + " answered 429: too many failed attempts from this address");
            }
            return new ApiAnswer(status, body, stale, incomplete);
        } catch (SocketTimeoutException e) {
            throw new CheckFailure("no answer from " + uri + " within " + timeout.toSeconds() + " s (--timeout)");
        } catch (ConnectException e) {
            throw new CheckFailure("cannot connect to " + base + ": " + e.getMessage() + " (is hvmon running there?)");
        } catch (UnknownHostException e) {
            throw new CheckFailure("unknown host " + e.getMessage() + " in --url " + base);
        } catch (SSLException e) {
            throw new CheckFailure("TLS with " + base + " failed: " + e.getMessage()
                    + " (a private CA: give it with --ca-file PEM)");
        } catch (IOException | IllegalArgumentException e) {
            throw new CheckFailure("asking " + uri + " failed: " + e.getMessage());
        }
    }

    /** A path segment, percent-encoded (VM ids are GUIDs, but host names and VM names may be anything). */
    public static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Object read(HttpURLConnection connection, int status) throws IOException, CheckFailure {
        InputStream raw = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (raw == null) {
            return null;
        }
        try (InputStream in = "gzip".equalsIgnoreCase(connection.getContentEncoding()) ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readAllBytes();
            String type = connection.getContentType();
            if (type == null || !type.contains("json")) {
                if (status < 400) {
                    throw new CheckFailure("the answer of " + connection.getURL() + " is " + type
                            + ", not JSON: is --url an hvmon?");
                }
                return null;
            }
            return bytes.length == 0 ? null : JSON.std.anyFrom(bytes);
        }
    }
}
