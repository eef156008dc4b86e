package io.hvmon.app.http;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.ManagedSelector;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.util.thread.Scheduler;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client's TCP connection, as Jetty reads and writes it, plus what hvmon tracks about it: its
 * {@link ConnectionGate.Admission} (given back when it closes) and when the request head being awaited started, for
 * the {@link HeadDeadline}.
 *
 * <p>A head is awaited from the moment the connection opens (a TLS handshake counts as part of it), and again from
 * the first byte read after an answer; it ends when a request reaches the handler. Keep-alive connections waiting
 * between requests are left to Jetty's idle timeout.
 */
final class ClientEndPoint extends SocketChannelEndPoint {

    /** {@link #headSince} when no head is awaited. */
    private static final long NONE = Long.MIN_VALUE;

    private final ConnectionGate gate;
    private final InetAddress peer;
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile ConnectionGate.Admission admission;
    private volatile long headSince;
    private volatile boolean answering;
    private volatile boolean sentAnything;

    ClientEndPoint(SocketChannel channel, ManagedSelector selector, SelectionKey key, Scheduler scheduler,
                   ConnectionGate gate, InetAddress peer) {
        super(channel, selector, key, scheduler);
        this.gate = gate;
        this.peer = peer;
        this.headSince = System.nanoTime();
    }

    /** The network end point under a request's connection (under TLS, the one the TLS layer wraps); or null. */
    static ClientEndPoint of(EndPoint endPoint) {
        EndPoint current = endPoint;
        while (current instanceof EndPoint.Wrapper wrapper && !(current instanceof ClientEndPoint)) {
            current = wrapper.unwrap();
        }
        return current instanceof ClientEndPoint client ? client : null;
    }

    InetAddress peer() {
        return peer;
    }

    /** Its place, counted when Jetty opens the connection (a connection that fails before is never counted). */
    @Override
    public void onOpen() {
        admission = gate.open(peer);
        super.onOpen();
    }

    /** Null before {@link #onOpen()}. */
    ConnectionGate.Admission admission() {
        return admission;
    }

    @Override
    public int fill(ByteBuffer buffer) throws IOException {
        int read = super.fill(buffer);
        if (read > 0) {
            sentAnything = true;
            if (headSince == NONE && !answering) {
                headSince = System.nanoTime();
            }
        }
        return read;
    }

    /** A request head arrived: the handler has it. */
    void answering() {
        answering = true;
        headSince = NONE;
    }

    /** The answer is written; bytes read from now on start the next head. */
    void answered() {
        answering = false;
    }

    /** Nanoseconds since the awaited head started, or -1 when none is awaited. */
    long awaitingHeadFor(long now) {
        long since = headSince;
        return since == NONE ? -1 : now - since;
    }

    boolean sentAnything() {
        return sentAnything;
    }

    @Override
    public void onClose(Throwable cause) {
        try {
            super.onClose(cause);
        } finally {
            ConnectionGate.Admission counted = admission;
            if (counted != null && released.compareAndSet(false, true)) {
                gate.closed(counted);
            }
        }
    }
}
