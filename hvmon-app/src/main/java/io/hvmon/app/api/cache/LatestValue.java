package io.hvmon.app.api.cache;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One cached value, for the latest version asked for: a request for another version computes that one (once, however
 * many ask at the same moment, see {@link Once}) and it replaces the old, which is then garbage. Memory stays one value
 * per holder whatever the number of versions over time.
 *
 * @param <K> the version: what the value is a function of, compared with {@code equals}
 */
public final class LatestValue<K, V> {

    private record Entry<K, V>(K version, Once<V> value) {
    }

    private final AtomicReference<Entry<K, V>> latest = new AtomicReference<>();

    public V get(K version, Supplier<V> compute) {
        Entry<K, V> entry = latest.get();
        if (entry == null || !entry.version().equals(version)) {
            Entry<K, V> fresh = new Entry<>(version, new Once<>(compute));
            entry = latest.updateAndGet(current -> current != null && current.version().equals(version) ? current : fresh);
        }
        return entry.value().get();
    }
}
