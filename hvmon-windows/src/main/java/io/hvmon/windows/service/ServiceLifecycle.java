package io.hvmon.windows.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Decides what hvmon reports to the service control manager, and when. The SCM calls {@link #control} on its
 * dispatcher thread; the service's own thread calls the rest. Every report goes through {@link Scm}.
 *
 * <pre>
 *   START_PENDING (accepts nothing, checkpoints) ──started()──► RUNNING (accepts STOP, SHUTDOWN, PRESHUTDOWN)
 *         │ stop control                                              │ stop control, or stopping() after a crash
 *         ▼                                                           ▼
 *   STOP_PENDING (accepts nothing, increasing checkpoints) ──stopped(exit)──► STOPPED (the last report, always)
 * </pre>
 *
 * The control handler only records the request and reports STOP_PENDING: the stop itself (closing the HTTP server,
 * the collector) runs on the service's thread, because the SCM waits for the handler to return.
 */
public final class ServiceLifecycle {

    static final int RUNNING_ACCEPTS = ScmCodes.ACCEPT_STOP | ScmCodes.ACCEPT_SHUTDOWN | ScmCodes.ACCEPT_PRESHUTDOWN;

    private final Scm scm;
    private final int startWaitHintMillis;
    private final int stopWaitHintMillis;
    private final CompletableFuture<StopReason> stopRequests = new CompletableFuture<>();

    private ServiceStatus current;
    /** Never reset: the SCM only needs it to grow while a state is pending, and growing across states is harmless. */
    private int lastCheckPoint;

    public ServiceLifecycle(Scm scm, Duration startWaitHint, Duration stopWaitHint) {
        this.scm = scm;
        this.startWaitHintMillis = Math.toIntExact(startWaitHint.toMillis());
        this.stopWaitHintMillis = Math.toIntExact(stopWaitHint.toMillis());
    }

    /** The first report, as soon as the control handler is registered. */
    public synchronized void starting() {
        if (current == null) {
            reportPending(ServiceState.START_PENDING, startWaitHintMillis);
        }
    }

    /**
     * The app is serving (its HTTP port is bound): RUNNING. Returns false, and reports nothing, when a stop was asked
     * for while it started; the caller then stops the app and calls {@link #stopped}.
     */
    public synchronized boolean started() {
        if (state() != ServiceState.START_PENDING) {
            return false;
        }
        report(new ServiceStatus(ServiceState.RUNNING, RUNNING_ACCEPTS, ExitStatus.OK, 0, 0));
        return true;
    }

    /**
     * The SCM's control handler (HandlerEx): returns the Win32 code the handler returns to the SCM. Does no long
     * work: a stop control reports STOP_PENDING and completes {@link #stopRequests()}.
     */
    public synchronized int control(int control) {
        return switch (control) {
            case ScmCodes.CONTROL_STOP -> requestStop(StopReason.STOP_REQUESTED);
            case ScmCodes.CONTROL_SHUTDOWN, ScmCodes.CONTROL_PRESHUTDOWN -> requestStop(StopReason.SYSTEM_SHUTDOWN);
            // The SCM knows the current status already; the documented answer is NO_ERROR and no new report.
            case ScmCodes.CONTROL_INTERROGATE -> ScmCodes.NO_ERROR;
            default -> ScmCodes.ERROR_CALL_NOT_IMPLEMENTED;
        };
    }

    private int requestStop(StopReason reason) {
        ServiceState state = state();
        if (state == ServiceState.START_PENDING || state == ServiceState.RUNNING) {
            reportPending(ServiceState.STOP_PENDING, stopWaitHintMillis);
        }
        stopRequests.complete(reason);
        return ScmCodes.NO_ERROR;
    }

    /** Completes with the reason of the first stop control. */
    public CompletableFuture<StopReason> stopRequests() {
        return stopRequests;
    }

    /** Tells the SCM that a pending start or stop is still making progress: the same state, the next checkpoint. */
    public synchronized void progress() {
        ServiceState state = state();
        if (state != null && state.pending()) {
            reportPending(state, current.waitHintMillis());
        }
    }

    /** hvmon stops by itself (the app failed while running): STOP_PENDING, unless already stopping or stopped. */
    public synchronized void stopping() {
        ServiceState state = state();
        if (state == null || state == ServiceState.START_PENDING || state == ServiceState.RUNNING) {
            reportPending(ServiceState.STOP_PENDING, stopWaitHintMillis);
        }
    }

    /** The last report: STOPPED with these exit codes. Later calls of any method report nothing. */
    public synchronized void stopped(ExitStatus exit) {
        if (state() != ServiceState.STOPPED) {
            report(new ServiceStatus(ServiceState.STOPPED, 0, exit, 0, 0));
        }
    }

    /** The state last reported, or null before the first report. */
    public synchronized ServiceState state() {
        return current == null ? null : current.state();
    }

    private void reportPending(ServiceState state, int waitHintMillis) {
        report(new ServiceStatus(state, 0, ExitStatus.OK, ++lastCheckPoint, waitHintMillis));
    }

    private void report(ServiceStatus status) {
        current = status;
        scm.report(status);
    }
}
