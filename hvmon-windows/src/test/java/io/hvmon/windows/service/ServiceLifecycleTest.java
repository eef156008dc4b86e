package io.hvmon.windows.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.hvmon.windows.service.ServiceState.RUNNING;
import static io.hvmon.windows.service.ServiceState.START_PENDING;
import static io.hvmon.windows.service.ServiceState.STOPPED;
import static io.hvmon.windows.service.ServiceState.STOP_PENDING;
import static org.assertj.core.api.Assertions.assertThat;

/** What is reported to the SCM, report by report, driven by hand. */
class ServiceLifecycleTest {

    private final RecordingScm scm = new RecordingScm();
    private final ServiceLifecycle lifecycle = new ServiceLifecycle(scm, Duration.ofSeconds(10), Duration.ofSeconds(7));

    @Test
    void startPendingAcceptsNothingThenRunningAcceptsStopShutdownAndPreshutdown() {
        lifecycle.starting();
        lifecycle.progress();
        assertThat(lifecycle.started()).isTrue();

        assertThat(scm.reports()).extracting(ServiceStatus::state).containsExactly(START_PENDING, START_PENDING, RUNNING);
        ServiceStatus pending = scm.reports().getFirst();
        assertThat(pending.controlsAccepted()).isZero();
        assertThat(pending.waitHintMillis()).isEqualTo(10_000);
        assertThat(pending.checkPoint()).isEqualTo(1);
        assertThat(scm.reports().get(1).checkPoint()).isEqualTo(2);

        ServiceStatus running = scm.last();
        assertThat(running.accepts(ScmCodes.ACCEPT_STOP)).isTrue();
        assertThat(running.accepts(ScmCodes.ACCEPT_SHUTDOWN)).isTrue();
        assertThat(running.accepts(ScmCodes.ACCEPT_PRESHUTDOWN)).isTrue();
        assertThat(running.controlsAccepted()).isEqualTo(0x1 | 0x4 | 0x100);
        assertThat(running.checkPoint()).isZero();
        assertThat(running.waitHintMillis()).isZero();
        assertThat(running.exit()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void stopControlReportsStopPendingWithGrowingCheckpointsThenStoppedLast() {
        lifecycle.starting();
        lifecycle.started();

        assertThat(lifecycle.control(ScmCodes.CONTROL_STOP)).isEqualTo(ScmCodes.NO_ERROR);
        lifecycle.progress();
        lifecycle.progress();
        lifecycle.stopped(ExitStatus.OK);

        assertThat(scm.states()).containsExactly(START_PENDING, RUNNING, STOP_PENDING, STOP_PENDING, STOP_PENDING, STOPPED);
        var stopPending = scm.reports().stream().filter(s -> s.state() == STOP_PENDING).toList();
        assertThat(stopPending).extracting(ServiceStatus::checkPoint).isSorted().doesNotHaveDuplicates();
        assertThat(stopPending).allSatisfy(s -> {
            assertThat(s.controlsAccepted()).isZero();
            assertThat(s.waitHintMillis()).isEqualTo(7_000);
        });
        assertThat(lifecycle.stopRequests()).isCompletedWithValue(StopReason.STOP_REQUESTED);
        assertThat(scm.last().exit()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void shutdownAndPreshutdownAreStopsForTheSystemShutdown() {
        for (int control : new int[] {ScmCodes.CONTROL_SHUTDOWN, ScmCodes.CONTROL_PRESHUTDOWN}) {
            RecordingScm scm = new RecordingScm();
            ServiceLifecycle lifecycle = new ServiceLifecycle(scm, Duration.ofSeconds(10), Duration.ofSeconds(7));
            lifecycle.starting();
            lifecycle.started();
            assertThat(lifecycle.control(control)).isEqualTo(ScmCodes.NO_ERROR);
            assertThat(scm.last().state()).isEqualTo(STOP_PENDING);
            assertThat(lifecycle.stopRequests()).isCompletedWithValue(StopReason.SYSTEM_SHUTDOWN);
        }
    }

    @Test
    void aSecondStopControlReportsNothingNew() {
        lifecycle.starting();
        lifecycle.started();
        lifecycle.control(ScmCodes.CONTROL_PRESHUTDOWN);
        int reports = scm.reports().size();

        assertThat(lifecycle.control(ScmCodes.CONTROL_SHUTDOWN)).isEqualTo(ScmCodes.NO_ERROR);
        assertThat(scm.reports()).hasSize(reports);
        assertThat(lifecycle.stopRequests()).isCompletedWithValue(StopReason.SYSTEM_SHUTDOWN);
    }

    @Test
    void interrogateAnswersNoErrorWithoutANewReport() {
        lifecycle.starting();
        lifecycle.started();
        int reports = scm.reports().size();

        assertThat(lifecycle.control(ScmCodes.CONTROL_INTERROGATE)).isEqualTo(ScmCodes.NO_ERROR);
        assertThat(scm.reports()).hasSize(reports);
        assertThat(lifecycle.state()).isEqualTo(RUNNING);
    }

    @Test
    void controlsItDoesNotHandleAreNotImplemented() {
        lifecycle.starting();
        lifecycle.started();
        int pause = 0x2;
        int paramChange = 0x6;
        assertThat(lifecycle.control(pause)).isEqualTo(ScmCodes.ERROR_CALL_NOT_IMPLEMENTED);
        assertThat(lifecycle.control(paramChange)).isEqualTo(ScmCodes.ERROR_CALL_NOT_IMPLEMENTED);
        assertThat(scm.states()).containsExactly(START_PENDING, RUNNING);
        assertThat(lifecycle.stopRequests()).isNotDone();
    }

    @Test
    void aStopDuringTheStartKeepsItFromReportingRunning() {
        lifecycle.starting();
        lifecycle.control(ScmCodes.CONTROL_SHUTDOWN);

        assertThat(lifecycle.started()).isFalse();
        lifecycle.stopped(ExitStatus.OK);
        assertThat(scm.states()).containsExactly(START_PENDING, STOP_PENDING, STOPPED);
        assertThat(scm.reports()).extracting(ServiceStatus::checkPoint).containsExactly(1, 2, 0);
    }

    @Test
    void aFailedStartIsStoppedWithAServiceSpecificCode() {
        lifecycle.starting();
        lifecycle.stopped(ExitStatus.serviceSpecific(ExitStatus.BAD_CONFIG));

        assertThat(scm.states()).containsExactly(START_PENDING, STOPPED);
        assertThat(scm.last().exit().win32ExitCode()).isEqualTo(1066);
        assertThat(scm.last().exit().serviceSpecificExitCode()).isEqualTo(2);
    }

    @Test
    void nothingIsReportedAfterStopped() {
        lifecycle.starting();
        lifecycle.started();
        lifecycle.stopping();
        lifecycle.stopped(ExitStatus.serviceSpecific(1));
        int reports = scm.reports().size();

        lifecycle.progress();
        lifecycle.stopping();
        assertThat(lifecycle.started()).isFalse();
        assertThat(lifecycle.control(ScmCodes.CONTROL_STOP)).isEqualTo(ScmCodes.NO_ERROR);
        assertThat(lifecycle.control(ScmCodes.CONTROL_INTERROGATE)).isEqualTo(ScmCodes.NO_ERROR);
        lifecycle.stopped(ExitStatus.OK);

        assertThat(scm.reports()).hasSize(reports);
        assertThat(scm.last().state()).isEqualTo(STOPPED);
        assertThat(scm.last().exit()).isEqualTo(ExitStatus.serviceSpecific(1));
    }

    @Test
    void progressWhileRunningReportsNothing() {
        lifecycle.starting();
        lifecycle.started();
        lifecycle.progress();
        assertThat(scm.states()).containsExactly(START_PENDING, RUNNING);
    }
}
