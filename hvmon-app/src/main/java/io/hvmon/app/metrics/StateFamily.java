package io.hvmon.app.metrics;

import io.hvmon.hyperv.values.CodedValue;
import io.hvmon.hyperv.values.ValueMaps;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot.StateSetDataPointSnapshot;

import java.util.Locale;
import java.util.Optional;

/**
 * A state set family being filled from one of Hyper-V's value maps: per thing, one series for every state the map
 * knows, 1 for the current state and 0 for the others, so that alerts compare names, never codes. A code the map does
 * not know still shows, as one more state {@code unknown_<code>} set to 1; a NULL code shows nothing.
 *
 * <p>The state names are the map's constants in lower case ({@code RUNNING} is {@code running}, {@code FAST_SAVED}
 * {@code fast_saved}); the state's label is named after the family, as OpenMetrics writes state sets.
 */
final class StateFamily<E extends Enum<E> & CodedValue> {

    private final StateSetSnapshot.Builder builder;
    private final E[] states;
    private final String[] names;
    private final Class<E> type;

    StateFamily(String name, String help, Class<E> type) {
        this.builder = StateSetSnapshot.builder().name(name).help(help);
        this.type = type;
        this.states = type.getEnumConstants();
        this.names = new String[states.length];
        for (int i = 0; i < states.length; i++) {
            names[i] = stateName(states[i]);
        }
    }

    /** The state of this code; null leaves the thing out. */
    void add(Labels labels, Long code) {
        if (code != null) {
            add(labels, ValueMaps.lookup(type, code), code);
        }
    }

    /**
     * A state already resolved (EnabledState resolves "1 + OtherEnabledState" text first); empty when the map does not
     * know {@code code}.
     */
    void add(Labels labels, Optional<E> state, long code) {
        E current = state.orElse(null);
        StateSetDataPointSnapshot.Builder point = StateSetDataPointSnapshot.builder().labels(labels);
        for (int i = 0; i < states.length; i++) {
            point.state(names[i], states[i] == current);
        }
        if (current == null) {
            point.state(unknownName(code), true);
        }
        builder.dataPoint(point.build());
    }

    MetricSnapshot snapshot() {
        return builder.build();
    }

    /** The state's name in series: {@code RUNNING} is {@code running}. */
    static String stateName(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /** The state shown for a code no map knows. */
    static String unknownName(long code) {
        return "unknown_" + code;
    }
}
