package io.hvmon.app.metrics;

/**
 * What collecting one host has cost on the wire since hvmon started: HTTP requests to its WinRM endpoint (NTLM
 * handshake legs included) and the bytes sent and received (headers and bodies, sealed as sent, after TLS).
 */
public record WireCounts(long requests, long bytesSent, long bytesReceived) {
}
