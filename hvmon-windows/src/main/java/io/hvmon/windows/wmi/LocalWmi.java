package io.hvmon.windows.wmi;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimSession;
import io.hvmon.windows.Platform;
import io.hvmon.windows.wmi.jna.JnaCom;

import java.time.Duration;

/** The agent's data source: this machine's WMI, read over COM. Only on Windows; elsewhere every call says so. */
public final class LocalWmi {

    private LocalWmi() {
    }

    /**
     * Opens a session reading local WMI. Each call gives a session with its own COM thread; close it when done.
     *
     * @param timeout the longest one call (a query with all its rows, a method) may take
     */
    public static CimSession open(Duration timeout) throws CimException {
        if (!Platform.isWindows()) {
            throw new CimException(CimException.Kind.UNSUPPORTED,
                    "local WMI needs Windows with Hyper-V; this is " + Platform.osName());
        }
        return new ComWmiSession(new JnaCom(), timeout, "local WMI on " + computerName() + " (COM)");
    }

    /** This computer's name as Windows reports it (COMPUTERNAME), or "localhost". */
    public static String computerName() {
        String name = System.getenv("COMPUTERNAME");
        return name == null || name.isBlank() ? "localhost" : name.trim();
    }
}
