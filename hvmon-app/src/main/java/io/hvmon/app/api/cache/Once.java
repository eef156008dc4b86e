package io.hvmon.app.api.cache;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value computed by the first caller that needs it; callers meanwhile wait for that one computation instead of
 * repeating it. A computation that throws leaves nothing behind: the next caller tries again. Once computed, the
 * supplier is let go, so what it captured (an older fleet, say) is not kept alive by the value. A lock, not
 * {@code synchronized}, so waiting virtual threads do not pin their carriers.
 */
public final class Once<T> implements Supplier<T> {

    private Supplier<T> compute; // guarded by lock; null once the value is known
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
                value = Objects.requireNonNull(compute.get(), "computed value");
                compute = null;
            }
            return value;
        } finally {
            lock.unlock();
        }
    }
}
