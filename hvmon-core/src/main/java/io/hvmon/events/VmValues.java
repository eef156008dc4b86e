package io.hvmon.events;

import io.hvmon.hyperv.values.CodedValue;
import io.hvmon.hyperv.values.EnabledState;
import io.hvmon.hyperv.values.HealthState;
import io.hvmon.hyperv.values.Heartbeat;
import io.hvmon.hyperv.values.ReplicationHealth;
import io.hvmon.hyperv.values.ReplicationMode;
import io.hvmon.hyperv.values.ReplicationState;
import io.hvmon.hyperv.values.ValueMaps;
import io.hvmon.model.VmSummary;

/** The values of a VM that events follow, as {@link EventValue}s: the code and its friendly name. NULL stays null. */
final class VmValues {

    private VmValues() {
    }

    /** The state, with a transitional state reported as 1 (Other) plus a text resolved to its own code. */
    static EventValue state(VmSummary vm) {
        if (vm.enabledState() == null) {
            return null;
        }
        return EnabledState.resolve(vm.enabledState(), vm.otherEnabledState())
                .map(state -> EventValue.of(state.friendlyName(), (long) state.code()))
                .orElseGet(() -> EventValue.of(ValueMaps.unknown(vm.enabledState()), vm.enabledState()));
    }

    static EventValue health(VmSummary vm) {
        return coded(HealthState.class, vm.healthState());
    }

    static EventValue heartbeat(VmSummary vm) {
        return coded(Heartbeat.class, vm.heartbeat());
    }

    static EventValue replicationState(VmSummary vm) {
        return coded(ReplicationState.class, vm.replicationState());
    }

    static EventValue replicationHealth(VmSummary vm) {
        return coded(ReplicationHealth.class, vm.replicationHealth());
    }

    static EventValue replicationMode(VmSummary vm) {
        return coded(ReplicationMode.class, vm.replicationMode());
    }

    private static <E extends Enum<E> & CodedValue> EventValue coded(Class<E> map, Long code) {
        return code == null ? null : EventValue.of(ValueMaps.friendly(map, code), code);
    }
}
