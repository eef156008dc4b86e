package io.hvmon.wsman.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes HTTP/1.1 messages on a stream: start line, header fields, and a body framed by Content-Length or
 * chunked transfer coding. WS-Management needs no more of HTTP than this, and owning it gives the one-connection-per-
 * session control NTLM requires. Every read is bounded by {@link HttpLimits}.
 */
public final class HttpWire {

    private HttpWire() {
    }

    /** Reads one message; null when the peer closed the connection cleanly before sending anything. */
    public static HttpMessage read(InputStream in, HttpLimits limits, boolean responseToHead) throws IOException {
        LineReader lines = new LineReader(in, limits.maxHeaderBytes());
        String startLine = lines.readLine();
        if (startLine == null) {
            return null;
        }
        if (startLine.isEmpty()) {
            startLine = lines.readLine(); // tolerate one stray CRLF between messages (RFC 9112 2.2)
            if (startLine == null) {
                return null;
            }
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String line = lines.readLine(); ; line = lines.readLine()) {
            if (line == null) {
                throw new HttpWireException("connection closed inside the HTTP header");
            }
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw new HttpWireException("malformed HTTP header field: " + abbreviate(line));
            }
            if (fields.size() >= limits.maxHeaderFields()) {
                throw new HttpWireException("more than " + limits.maxHeaderFields() + " HTTP header fields");
            }
            fields.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        HttpHeaders headers = HttpHeaders.copyOf(fields);
        HttpMessage head = new HttpMessage(startLine, headers, new byte[0]);
        byte[] body = hasNoBody(head, responseToHead) ? new byte[0] : readBody(in, headers, limits.maxBodyBytes());
        return new HttpMessage(startLine, headers, body);
    }

    /** Writes one message with a Content-Length (never chunked: Windows and pywinrm both use lengths). */
    public static void write(OutputStream out, HttpMessage message) throws IOException {
        StringBuilder head = new StringBuilder(256).append(message.startLine()).append("\r\n");
        boolean hasLength = false;
        for (Map.Entry<String, String> field : message.headers().fields()) {
            head.append(field.getKey()).append(": ").append(field.getValue()).append("\r\n");
            hasLength |= field.getKey().equalsIgnoreCase("Content-Length");
        }
        if (!hasLength) {
            head.append("Content-Length: ").append(message.body().length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(message.body());
        out.flush();
    }

    private static boolean hasNoBody(HttpMessage head, boolean responseToHead) {
        int status = head.status();
        return responseToHead || status == 204 || status == 304 || (status >= 100 && status < 200);
    }

    private static byte[] readBody(InputStream in, HttpHeaders headers, int maxBytes) throws IOException {
        String encoding = headers.first("Transfer-Encoding").orElse("");
        if (encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
            return readChunked(in, maxBytes);
        }
        String length = headers.first("Content-Length").orElse("0").trim();
        long size;
        try {
            size = Long.parseLong(length);
        } catch (NumberFormatException e) {
            throw new HttpWireException("bad Content-Length: " + abbreviate(length));
        }
        if (size < 0) {
            throw new HttpWireException("bad Content-Length: " + size);
        }
        if (size > maxBytes) {
            throw new HttpWireException("body of " + size + " bytes is over the limit of " + maxBytes + " bytes");
        }
        byte[] body = in.readNBytes((int) size);
        if (body.length != size) {
            throw new EOFException("connection closed after " + body.length + " of " + size + " body bytes");
        }
        return body;
    }

    private static byte[] readChunked(InputStream in, int maxBytes) throws IOException {
        LineReader lines = new LineReader(in, 8 * 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = lines.readLine();
            if (sizeLine == null) {
                throw new EOFException("connection closed inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new HttpWireException("bad chunk size: " + abbreviate(sizeLine));
            }
            if (size < 0 || body.size() + size > maxBytes) {
                throw new HttpWireException("chunked body is over the limit of " + maxBytes + " bytes");
            }
            if (size == 0) {
                for (String trailer = lines.readLine(); trailer != null && !trailer.isEmpty(); trailer = lines.readLine()) {
                    // trailers carry nothing WS-Man uses
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length != size) {
                throw new EOFException("connection closed inside a chunk");
            }
            body.writeBytes(chunk);
            if (lines.readLine() == null) {
                throw new EOFException("connection closed after a chunk");
            }
        }
    }

    static String abbreviate(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }

    /** Reads CRLF- (or LF-) terminated ISO-8859-1 lines, byte by byte, within a byte budget. */
    private static final class LineReader {
        private final InputStream in;
        private int budget;
        private byte[] line = new byte[128];

        LineReader(InputStream in, int budget) {
            this.in = in;
            this.budget = budget;
        }

        String readLine() throws IOException {
            int length = 0;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    if (length == 0) {
                        return null;
                    }
                    throw new EOFException("connection closed in the middle of a line");
                }
                if (--budget < 0) {
                    throw new HttpWireException("HTTP header is over the size limit");
                }
                if (b == '\n') {
                    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
                    return new String(line, 0, end, StandardCharsets.ISO_8859_1);
                }
                if (length == line.length) {
                    line = java.util.Arrays.copyOf(line, length * 2); // bounded by the budget
                }
                line[length++] = (byte) b;
            }
        }
    }
}
