package io.hvmon.windows.service;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.WinNT;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Windows only: writes service events to the Application log under the source named like the service
 * (RegisterEventSource, ReportEvent). The source's registration (message file EventCreate.exe) is made at install;
 * without it the entries are still written, and Event Viewer says their description is missing.
 */
public final class WindowsEventLog implements EventLog, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WindowsEventLog.class.getName());

    private final WinNT.HANDLE handle;

    private WindowsEventLog(WinNT.HANDLE handle) {
        this.handle = handle;
    }

    /** Opens the source; when Windows refuses, events go to hvmon's log only. */
    public static EventLog open(String source) {
        WinNT.HANDLE handle = Advapi32.INSTANCE.RegisterEventSource(null, source);
        if (handle == null) {
            LOG.warning("cannot write to the Event Log as source '" + source + "' (Windows error "
                    + Native.getLastError() + "); events go to hvmon.log only");
            return NONE;
        }
        return new WindowsEventLog(handle);
    }

    @Override
    public void write(ServiceEvent event) {
        boolean written = Advapi32.INSTANCE.ReportEvent(handle, event.type().code(), 0, event.id(), null, 1, 0,
                new String[] {event.text()}, null);
        if (!written) {
            LOG.log(Level.WARNING, "cannot write event " + event.id() + " to the Event Log (Windows error "
                    + Native.getLastError() + ")");
        }
    }

    @Override
    public void close() {
        Advapi32.INSTANCE.DeregisterEventSource(handle);
    }
}
