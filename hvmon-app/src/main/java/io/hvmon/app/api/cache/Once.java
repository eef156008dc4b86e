package io.hvmon.app.api.cache;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value computed by the first caller that needs it; callers meanwhile wait for that one computation instead of
 * repeating it. A computation that throws leaves nothing behind: the next caller tries again. A lock, not
 * {@code synchronized}, so waiting virtual threads do not pin their carriers.
 */
public final class Once<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile T value;

    public Once(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T known = value;
        if (known != null) {
            return known;
        }
        lock.lock();
        try {
            if (value == null) {
                value = java.util.Objects.requireNonNull(compute.get(), "computed value");
            }
            return value;
        } finally {
            lock.unlock();
        }
    }
}
