package io.hvmon.simulator.instances;

import io.hvmon.simulator.fleet.Power;
import io.hvmon.simulator.fleet.VmState;
import io.hvmon.simulator.fleet.WindowsVersion;

/**
 * EnhancedSessionModeState as a VM reports it (2 allowed and available, 3 not allowed, 6 allowed but not available;
 * hyperv-wmi.md §6.6), the same in Msvm_ComputerSystem and Msvm_SummaryInformation.
 */
final class EnhancedSession {

    private EnhancedSession() {
    }

    static int state(VmState vm, WindowsVersion windows) {
        if (windows.enhancedSessionAlwaysUnavailable()) {
            return 6;
        }
        // elsewhere the guest's own value, where "allowed" is not available while the VM is not running
        int state = vm.profile().enhancedSession();
        return state == 2 && vm.power().enabledState() != Power.RUNNING ? 6 : state;
    }
}
