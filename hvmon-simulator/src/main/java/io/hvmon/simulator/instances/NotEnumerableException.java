package io.hvmon.simulator.instances;

import io.hvmon.simulator.fleet.WindowsVersion;

/**
 * A class the simulated Windows release has but cannot enumerate (Msvm_SummaryInformation before Windows 10). The
 * session turns it into the CimException Windows gives: an invalid query naming the class.
 */
public final class NotEnumerableException extends RuntimeException {

    private final String className;

    public NotEnumerableException(String className, WindowsVersion windows) {
        super("invalid class '" + className + "': on Windows Server " + windows.id() + " " + className
                + " has no key and cannot be enumerated; call Msvm_VirtualSystemManagementService."
                + SummaryInformationMethod.NAME + " instead");
        this.className = className;
    }

    public String className() {
        return className;
    }
}
