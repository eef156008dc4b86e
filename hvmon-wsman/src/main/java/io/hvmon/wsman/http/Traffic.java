package io.hvmon.wsman.http;

import java.util.concurrent.atomic.AtomicLong;

/** Bytes sent and received on the wire (headers and bodies, after TLS is removed), for budgets and metrics. */
public final class Traffic {

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    public long bytesSent() {
        return sent.get();
    }

    public long bytesReceived() {
        return received.get();
    }

    /** HTTP requests sent, handshake legs included. */
    public long requests() {
        return requests.get();
    }

    void sent(long bytes) {
        sent.addAndGet(bytes);
    }

    void received(long bytes) {
        received.addAndGet(bytes);
    }

    void request() {
        requests.incrementAndGet();
    }

    @Override
    public String toString() {
        return requests() + " requests, " + bytesSent() + " bytes sent, " + bytesReceived() + " bytes received";
    }
}
