package io.hvmon.simulator.wsman;

import io.hvmon.wsman.http.HttpHeaders;
import io.hvmon.wsman.http.HttpMessage;

/** HTTP answers in WinRM's shape: its Server header, SOAP content type, empty bodies where Windows sends none. */
final class EndpointResponses {

    static final String SERVER = "Microsoft-HTTPAPI/2.0";
    static final String SOAP_TYPE = "application/soap+xml;charset=UTF-8";

    private EndpointResponses() {
    }

    static HttpMessage empty(int status) {
        return empty(status, HttpHeaders.of());
    }

    /** An empty answer with these header fields too (a logon's answer token, say). */
    static HttpMessage empty(int status, HttpHeaders headers) {
        return HttpMessage.response(status, reason(status), headers.with("Server", SERVER).with("Content-Length", "0"),
                new byte[0]);
    }

    static HttpMessage soap(int status, String contentType, byte[] body) {
        return HttpMessage.response(status, reason(status), HttpHeaders.of("Server", SERVER,
                "Content-Type", contentType), body);
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }
}
