package io.hvmon.simulator.instances;

import io.hvmon.simulator.fleet.Power;
import io.hvmon.simulator.fleet.VmState;
import java.util.List;

/**
 * The status properties a VM reports in Msvm_ComputerSystem and Msvm_SummaryInformation. They follow its health,
 * except while it shuts down: a real host then reports EnabledState 4 with OperationalStatus {11} "In Service" and
 * Status "Service" (recorded WS-Man replies, hyperv-wmi.md §13 item 22). The summary is given the same codes
 * because it mirrors the VM (inferred).
 *
 * @param healthState        HealthState
 * @param operationalStatus  OperationalStatus[]
 * @param statusDescriptions StatusDescriptions[], in English (builders translate them)
 * @param status             Msvm_ComputerSystem.Status: "OK", "Pred Fail", "Degraded" or "Service"
 */
record VmStatus(int healthState, List<Integer> operationalStatus, List<String> statusDescriptions, String status) {

    /** OperationalStatus 11: the VM is processing a request (here: its shutdown). */
    static final int IN_SERVICE = 11;

    static VmStatus of(VmState vm) {
        int healthState = vm.health().healthState();
        if (vm.power().enabledState() == Power.STOPPING) {
            // the text is ours: the recordings give the code and Status, not the StatusDescriptions wording
            return new VmStatus(healthState, List.of(IN_SERVICE), List.of("In service"), "Service");
        }
        return new VmStatus(healthState, vm.health().operationalStatus(), vm.health().statusDescriptions(),
                healthState == 5 ? "OK" : healthState == 20 ? "Pred Fail" : "Degraded");
    }
}
