package io.hvmon.app.http;

import io.hvmon.app.security.AddressBucket;

import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Keeps a flood of refusals (401, 403, 429) from one client out of the access log, and of limits hit out of the
 * server's log ({@link LimitLog}): at most one line per client ({@link AddressBucket}: IPv6 per /64), or per key,
 * per interval; the next line says how many were left out meanwhile. Memory is
 * bounded: the least recently refused clients are forgotten first (their next refusal is simply logged).
 */
final class RefusalLogLimiter {

    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    static final int DEFAULT_MAX_TRACKED = 10_000;

    private static final class Client {
        long loggedAt;
        long leftOut;
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Client> clients;

    RefusalLogLimiter(Duration interval, int maxTracked, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.clients = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
                return size() > maxTracked;
            }
        };
    }

    static RefusalLogLimiter defaults() {
        return new RefusalLogLimiter(DEFAULT_INTERVAL, DEFAULT_MAX_TRACKED, System::nanoTime);
    }

    Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }

    /**
     * Called for each refusal: empty when it is not to be logged (counted instead), else how many refusals of this
     * client were left out since its previous line.
     */
    synchronized OptionalLong admit(InetAddress client) {
        return admit(AddressBucket.of(client));
    }

    /** As {@link #admit(InetAddress)}, for anything named by a key (a kind of event and a client, say). */
    synchronized OptionalLong admit(String key) {
        long now = nanoTime.getAsLong();
        Client seen = clients.get(key);
        if (seen == null) {
            seen = new Client();
            clients.put(key, seen);
        } else if (now - seen.loggedAt < intervalNanos) {
            seen.leftOut++;
            return OptionalLong.empty();
        }
        long leftOut = seen.leftOut;
        seen.loggedAt = now;
        seen.leftOut = 0;
        return OptionalLong.of(leftOut);
    }

    synchronized int tracked() {
        return clients.size();
    }
}
