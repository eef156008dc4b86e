package io.hvmon.app.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal server-sent events client over a plain socket (HTTP/1.1, chunked body), for tests: it sends one GET with
 * the given headers, reads the status and headers, then parses events on a virtual thread into a queue.
 */
final class SseClient implements AutoCloseable {

    /** One event as received: its fields ({@code id}, {@code event}, {@code data}). */
    record Event(String id, String type, String data) {
    }

    private final Socket socket;
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final StringBuilder comments = new StringBuilder();

    SseClient(int port, String pathAndQuery, Map<String, String> requestHeaders) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        StringBuilder request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: text/event-stream\r\n");
        requestHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        OutputStream out = socket.getOutputStream();
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String statusLine = in.readLine();
        status = Integer.parseInt(statusLine.split(" ")[1]);
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
        }
        if (status == 200) {
            Thread.ofVirtual().name("sse-test-client").start(() -> read(in));
        }
    }

    int status() {
        return status;
    }

    String header(String name) {
        return headers.get(name.toLowerCase());
    }

    /** The next event, waiting at most {@code wait}; null when none came. */
    Event next(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized String comments() {
        return comments.toString();
    }

    // The chunk-size lines of the chunked encoding are skipped: hex digits alone never look like an SSE field.
    private void read(BufferedReader in) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (fields.containsKey("data")) {
                        events.add(new Event(fields.get("id"), fields.get("event"), fields.get("data")));
                    }
                    fields.clear();
                } else if (line.startsWith(":")) {
                    synchronized (this) {
                        comments.append(line).append('\n');
                    }
                } else if (line.indexOf(':') > 0) {
                    int colon = line.indexOf(':');
                    fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
                }
            }
        } catch (IOException e) {
            // closed by the test or the server: the end of the stream
        }
    }

    /** Reads the rest of a body that is not a stream (an error answer). */
    static String body(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
