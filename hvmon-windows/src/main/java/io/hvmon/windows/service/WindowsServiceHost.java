package io.hvmon.windows.service;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.Winsvc;
import io.hvmon.windows.service.manage.ServiceManagementException;
import io.hvmon.windows.service.manage.Win32Errors;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Windows only: hands the process's main thread to the service control manager (StartServiceCtrlDispatcher), and
 * runs the app on the thread the SCM starts for the service (ServiceMain) with a {@link ServiceRunner}, reporting
 * through SetServiceStatus and taking controls through RegisterServiceCtrlHandlerEx.
 */
public final class WindowsServiceHost {

    private static final Logger LOG = Logger.getLogger(WindowsServiceHost.class.getName());

    /** One service per process. Static, so that no callback Windows still holds can be garbage collected. */
    private static WindowsServiceHost current;

    private final String serviceName;
    private final ServiceApp app;
    private final EventLog events;
    private final ServiceTimings timings;
    private final Winsvc.SERVICE_MAIN_FUNCTION serviceMain = this::serviceMain;
    private volatile ServiceLifecycle lifecycle;
    private final Winsvc.HandlerEx controlHandler = (control, eventType, eventData, context) -> handle(control);
    private volatile RunOutcome outcome;

    private WindowsServiceHost(String serviceName, ServiceApp app, EventLog events, ServiceTimings timings) {
        this.serviceName = serviceName;
        this.app = app;
        this.events = events;
        this.timings = timings;
    }

    /**
     * Runs the app as the service {@code serviceName}; returns after the SCM was told STOPPED.
     *
     * @throws ServiceManagementException with {@link Win32Errors#ERROR_FAILED_SERVICE_CONTROLLER_CONNECT} when this
     *                                    process was not started by the SCM (run from a console)
     */
    public static synchronized RunOutcome run(String serviceName, ServiceApp app, EventLog events, ServiceTimings timings) {
        if (current != null) {
            throw new IllegalStateException("a process runs one service");
        }
        current = new WindowsServiceHost(serviceName, app, events, timings);
        try {
            return current.dispatch();
        } catch (ServiceManagementException e) {
            current = null; // not started by the SCM: nothing of it holds a callback
            throw e;
        }
    }

    private RunOutcome dispatch() {
        Winsvc.SERVICE_TABLE_ENTRY entry = new Winsvc.SERVICE_TABLE_ENTRY();
        entry.lpServiceName = serviceName;
        entry.lpServiceProc = serviceMain;
        // The table ends with an entry of nulls: toArray(2) gives the entry and a zeroed one after it.
        Winsvc.SERVICE_TABLE_ENTRY[] table = (Winsvc.SERVICE_TABLE_ENTRY[]) entry.toArray(2);
        if (!Advapi32.INSTANCE.StartServiceCtrlDispatcher(table)) {
            int error = Native.getLastError();
            throw new ServiceManagementException(error, Win32Errors.explain(error, serviceName, null));
        }
        RunOutcome result = outcome;
        return result != null ? result : new RunOutcome(ExitStatus.serviceSpecific(ExitStatus.RUNTIME_FAILURE), false);
    }

    /** ServiceMain: on a thread of the SCM's; returns when the service has stopped. */
    private void serviceMain(int argc, Pointer argv) {
        Winsvc.SERVICE_STATUS_HANDLE handle =
                Advapi32.INSTANCE.RegisterServiceCtrlHandlerEx(serviceName, controlHandler, null);
        if (handle == null) {
            LOG.severe("cannot register the service control handler (Windows error "
                    + Native.getLastError() + ")");
            return;
        }
        ServiceLifecycle states = new ServiceLifecycle(status -> report(handle, status), timings.startWaitHint(),
                timings.stopWaitHint());
        lifecycle = states;
        if (!ConsoleControl.ignoreLogoffAndShutdown()) {
            LOG.warning("cannot register the console control handler (Windows error "
                    + Native.getLastError() + "); a logoff may end the service");
        }
        ServiceRunner runner = new ServiceRunner(serviceName, states, events, timings);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "uncaught in thread " + thread.getName(), error);
            if (error instanceof VirtualMachineError) {
                runner.fatal(error + " in thread " + thread.getName());
            }
        });
        try {
            outcome = runner.run(app);
        } catch (RuntimeException | Error e) {
            // The SCM must hear STOPPED whatever happened, or it waits for this service until its timeout.
            LOG.log(Level.SEVERE, "internal error in the service", e);
            ExitStatus failed = ExitStatus.serviceSpecific(ExitStatus.RUNTIME_FAILURE);
            states.stopped(failed);
            outcome = new RunOutcome(failed, true);
        }
    }

    private int handle(int control) {
        ServiceLifecycle states = lifecycle;
        return states == null ? ScmCodes.ERROR_CALL_NOT_IMPLEMENTED : states.control(control);
    }

    private static void report(Winsvc.SERVICE_STATUS_HANDLE handle, ServiceStatus status) {
        Winsvc.SERVICE_STATUS native_ = new Winsvc.SERVICE_STATUS();
        native_.dwServiceType = WinNT.SERVICE_WIN32_OWN_PROCESS;
        native_.dwCurrentState = status.state().code();
        native_.dwControlsAccepted = status.controlsAccepted();
        native_.dwWin32ExitCode = status.exit().win32ExitCode();
        native_.dwServiceSpecificExitCode = status.exit().serviceSpecificExitCode();
        native_.dwCheckPoint = status.checkPoint();
        native_.dwWaitHint = status.waitHintMillis();
        if (!Advapi32.INSTANCE.SetServiceStatus(handle, native_)) {
            LOG.warning("SetServiceStatus(" + status.state() + ") failed (Windows error "
                    + Native.getLastError() + ")");
        }
    }
}
