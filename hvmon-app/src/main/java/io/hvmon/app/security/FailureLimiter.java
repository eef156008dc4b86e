package io.hvmon.app.security;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows down key guessing: an address with {@code limit} failed authentications within {@code window} is refused
 * (429) until the oldest of them leaves the window. Memory is bounded: at most {@code maxTracked} addresses are
 * remembered, the least recently seen forgotten first. Addresses are counted by {@link AddressBucket}: IPv6 per /64.
 */
public final class FailureLimiter {

    public static final int DEFAULT_LIMIT = 10;
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_TRACKED = 10_000;

    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, long[]> failures;

    public FailureLimiter(int limit, Duration window, int maxTracked, LongSupplier nanoTime) {
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > maxTracked;
            }
        };
    }

    public static FailureLimiter defaults() {
        return new FailureLimiter(DEFAULT_LIMIT, DEFAULT_WINDOW, DEFAULT_MAX_TRACKED, System::nanoTime);
    }

    /** Seconds until {@code address} may try again, or 0 when it may try now. */
    public synchronized long retryAfterSeconds(InetAddress address) {
        long[] times = failures.get(AddressBucket.of(address));
        if (times == null || count(times) < limit) {
            return 0;
        }
        long oldest = Arrays.stream(times).min().orElseThrow();
        long waitNanos = oldest + windowNanos - nanoTime.getAsLong();
        return waitNanos <= 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Records one failed attempt: a ring of the last {@code limit} failure times per address. */
    public synchronized void recordFailure(InetAddress address) {
        long[] times = failures.computeIfAbsent(AddressBucket.of(address), k -> {
            long[] fresh = new long[limit];
            Arrays.fill(fresh, Long.MIN_VALUE);
            return fresh;
        });
        int oldest = 0;
        for (int i = 1; i < times.length; i++) {
            if (times[i] < times[oldest]) {
                oldest = i;
            }
        }
        times[oldest] = nanoTime.getAsLong();
    }

    synchronized int tracked() {
        return failures.size();
    }

    private int count(long[] times) {
        long now = nanoTime.getAsLong();
        int n = 0;
        for (long t : times) {
            if (t != Long.MIN_VALUE && now - t < windowNanos) {
                n++;
            }
        }
        return n;
    }
}
