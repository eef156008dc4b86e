package io.hvmon.windows.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.hvmon.windows.service.ServiceState.RUNNING;
import static io.hvmon.windows.service.ServiceState.START_PENDING;
import static io.hvmon.windows.service.ServiceState.STOPPED;
import static io.hvmon.windows.service.ServiceState.STOP_PENDING;
import static org.assertj.core.api.Assertions.assertThat;

/** Every way a service run can go, with a fake SCM, a fake app and a recording Event Log. */
class ServiceRunnerTest {

    /** Progress ticks that never come during a test, so the sequences of reports are exact. */
    private static final Duration NO_TICKS = Duration.ofHours(1);
    private static final ServiceTimings TIMINGS = new ServiceTimings(Duration.ofSeconds(10), Duration.ofSeconds(10),
            NO_TICKS, Duration.ofMinutes(5), Duration.ofMinutes(5));

    private final RecordingScm scm = new RecordingScm();
    private final List<ServiceEvent> events = new CopyOnWriteArrayList<>();
    private CompletableFuture<RunOutcome> running;

    @AfterEach
    void noRunLeftBehind() throws Exception {
        if (running != null) {
            running.get(30, TimeUnit.SECONDS);
        }
    }

    private ServiceRunner runner(ServiceTimings timings) {
        return new ServiceRunner("hvmon", new ServiceLifecycle(scm, timings.startWaitHint(), timings.stopWaitHint()),
                events::add, timings);
    }

    /** Runs the service on its own thread, as the SCM's ServiceMain thread would. */
    private ServiceLifecycle runInBackground(ServiceApp app, ServiceTimings timings) {
        ServiceLifecycle lifecycle = new ServiceLifecycle(scm, timings.startWaitHint(), timings.stopWaitHint());
        ServiceRunner runner = new ServiceRunner("hvmon", lifecycle, events::add, timings);
        running = CompletableFuture.supplyAsync(() -> runner.run(app));
        return lifecycle;
    }

    private List<Integer> eventIds() {
        return events.stream().map(ServiceEvent::id).toList();
    }

    @Test
    void startsRunsAndStopsOnTheStopControl() throws Exception {
        FakeApp app = FakeApp.serving();
        ServiceLifecycle lifecycle = runInBackground(app, TIMINGS);
        scm.awaitState(RUNNING);

        assertThat(lifecycle.control(ScmCodes.CONTROL_STOP)).isEqualTo(ScmCodes.NO_ERROR);
        RunOutcome outcome = running.get(30, TimeUnit.SECONDS);

        assertThat(scm.states()).containsExactly(START_PENDING, RUNNING, STOP_PENDING, STOPPED);
        assertThat(scm.last().exit()).isEqualTo(ExitStatus.OK);
        assertThat(outcome).isEqualTo(new RunOutcome(ExitStatus.OK, false));
        assertThat(outcome.processExitCode()).isZero();
        assertThat(app.stopped).isTrue();
        assertThat(eventIds()).containsExactly(ServiceEvent.STARTED, ServiceEvent.STOPPED);
        assertThat(events.getFirst().text()).contains("serving http://test:20501/");
        assertThat(events.getLast().text()).contains("a stop was requested");
    }

    @Test
    void systemShutdownStopsItTheSameWay() throws Exception {
        FakeApp app = FakeApp.serving();
        ServiceLifecycle lifecycle = runInBackground(app, TIMINGS);
        scm.awaitState(RUNNING);

        lifecycle.control(ScmCodes.CONTROL_PRESHUTDOWN);
        running.get(30, TimeUnit.SECONDS);

        assertThat(scm.states()).containsExactly(START_PENDING, RUNNING, STOP_PENDING, STOPPED);
        assertThat(app.stopped).isTrue();
        assertThat(events.getLast().text()).contains("Windows is shutting down");
    }

    @Test
    void aStopDuringTheStartStopsTheAppWithoutEverReportingRunning() throws Exception {
        FakeApp app = FakeApp.serving().withSlowStart();
        ServiceLifecycle lifecycle = runInBackground(app, TIMINGS);
        assertThat(app.startEntered.await(30, TimeUnit.SECONDS)).isTrue();

        lifecycle.control(ScmCodes.CONTROL_SHUTDOWN);
        app.releaseStart.countDown();
        RunOutcome outcome = running.get(30, TimeUnit.SECONDS);

        assertThat(scm.states()).containsExactly(START_PENDING, STOP_PENDING, STOPPED);
        assertThat(outcome.exit()).isEqualTo(ExitStatus.OK);
        assertThat(app.stopped).isTrue();
        assertThat(eventIds()).containsExactly(ServiceEvent.STOPPED);
        assertThat(events.getFirst().text()).contains("before it finished starting");
    }

    @Test
    void aBadConfigIsAStartFailureWithServiceSpecificCode2() throws Exception {
        String reason = "invalid configuration:\nconfig.json:2:3: listen.prot: unknown key";
        FakeApp app = FakeApp.serving().failingWith(new ServiceFailure(ExitStatus.BAD_CONFIG, reason));
        runInBackground(app, TIMINGS);
        RunOutcome outcome = running.get(30, TimeUnit.SECONDS);

        assertThat(scm.states()).containsExactly(START_PENDING, STOPPED);
        assertThat(scm.last().exit().win32ExitCode()).isEqualTo(ScmCodes.ERROR_SERVICE_SPECIFIC_ERROR);
        assertThat(scm.last().exit().serviceSpecificExitCode()).isEqualTo(2);
        assertThat(outcome.processExitCode()).isEqualTo(2);
        assertThat(outcome.endProcessNow()).isFalse();
        assertThat(app.stopped).isFalse();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo(ServiceEvent.START_FAILED);
            assertThat(event.type()).isEqualTo(EventType.ERROR);
            assertThat(event.text()).contains(reason).contains("exit code 2");
        });
    }

    @Test
    void aTakenPortIsAStartFailureWithServiceSpecificCode1() throws Exception {
        FakeApp app = FakeApp.serving().failingWith(new ServiceFailure(ExitStatus.RUNTIME_FAILURE,
                "cannot listen on 0.0.0.0:20501: Address already in use"));
        runInBackground(app, TIMINGS);
        running.get(30, TimeUnit.SECONDS);

        assertThat(scm.last().exit()).isEqualTo(new ExitStatus(1066, 1));
        assertThat(events).singleElement().extracting(ServiceEvent::text).asString().contains("Address already in use");
    }

    @Test
    void anUnexpectedExceptionAtStartIsARuntimeFailure() throws Exception {
        runInBackground(FakeApp.serving().failingWith(new IllegalStateException("boom")), TIMINGS);
        RunOutcome outcome = running.get(30, TimeUnit.SECONDS);

        assertThat(scm.states()).containsExactly(START_PENDING, STOPPED);
        assertThat(outcome.exit()).isEqualTo(new ExitStatus(1066, 1));
        assertThat(events).singleElement().extracting(ServiceEvent::text).asString().contains("internal error", "boom");
    }

    @Test
    void aStartThatNeverFinishesFailsAtTheStartTimeoutAndEndsTheProcess() throws Exception {
        ServiceTimings shortStart = new ServiceTimings(Duration.ofSeconds(10), Duration.ofSeconds(10), NO_TICKS,
                Duration.ofMillis(50), Duration.ofMinutes(5));
        runInBackground(FakeApp.serving().withSlowStart(), shortStart);
        RunOutcome outcome = running.get(30, TimeUnit.SECONDS);

        assertThat(scm.states()).containsExactly(START_PENDING, STOPPED);
        assertThat(outcome).isEqualTo(new RunOutcome(new ExitStatus(1066, 1), true));
        assertThat(events).singleElement().extracting(ServiceEvent::text).asString().contains("did not finish starting");
    }

    @Test
    void aStopThatExceedsItsTimeoutIsReportedStoppedAndEndsTheProcess() throws Exception {
        ServiceTimings shortStop = new ServiceTimings(Duration.ofSeconds(10), Duration.ofSeconds(10), NO_TICKS,
                Duration.ofMinutes(5), Duration.ofMillis(50));
        FakeApp app = FakeApp.serving().withStuckStop();
        ServiceLifecycle lifecycle = runInBackground(app, shortStop);
        scm.awaitState(RUNNING);

        lifecycle.control(ScmCodes.CONTROL_STOP);
        RunOutcome outcome = running.get(30, TimeUnit.SECONDS);
        app.releaseStop.countDown();

        assertThat(scm.states()).containsExactly(START_PENDING, RUNNING, STOP_PENDING, STOPPED);
        // A stop someone asked for is not a failure: no recovery action may restart the service.
        assertThat(outcome).isEqualTo(new RunOutcome(ExitStatus.OK, true));
        assertThat(eventIds()).containsExactly(ServiceEvent.STARTED, ServiceEvent.STOP_TIMEOUT);
        assertThat(events.getLast().type()).isEqualTo(EventType.WARNING);
    }

    @Test
    void aFatalErrorAfterRunningStopsWithANonZeroCodeSoRecoveryActionsRun() throws Exception {
        FakeApp app = FakeApp.serving();
        ServiceTimings timings = TIMINGS;
        ServiceLifecycle lifecycle = new ServiceLifecycle(scm, timings.startWaitHint(), timings.stopWaitHint());
        ServiceRunner runner = new ServiceRunner("hvmon", lifecycle, events::add, timings);
        running = CompletableFuture.supplyAsync(() -> runner.run(app));
        scm.awaitState(RUNNING);

        runner.fatal("java.lang.OutOfMemoryError: Java heap space");
        RunOutcome outcome = running.get(30, TimeUnit.SECONDS);

        assertThat(scm.states()).containsExactly(START_PENDING, RUNNING, STOP_PENDING, STOPPED);
        assertThat(scm.last().exit()).isEqualTo(new ExitStatus(1066, 1));
        assertThat(outcome.processExitCode()).isEqualTo(1);
        assertThat(app.stopped).isTrue();
        assertThat(eventIds()).containsExactly(ServiceEvent.STARTED, ServiceEvent.FATAL);
        assertThat(events.getLast().text()).contains("OutOfMemoryError");
        assertThat(lifecycle.stopRequests()).isNotDone();
    }

    @Test
    void pendingStatesSendGrowingCheckpointsWhileTheyLast() throws Exception {
        ServiceTimings ticking = new ServiceTimings(Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofMillis(5), Duration.ofMinutes(5), Duration.ofMinutes(5));
        FakeApp app = FakeApp.serving().withSlowStart().withStuckStop();
        ServiceLifecycle lifecycle = runInBackground(app, ticking);

        scm.awaitCount(START_PENDING, 3);
        app.releaseStart.countDown();
        scm.awaitState(RUNNING);
        lifecycle.control(ScmCodes.CONTROL_STOP);
        scm.awaitCount(STOP_PENDING, 3);
        app.releaseStop.countDown();
        running.get(30, TimeUnit.SECONDS);

        List<ServiceStatus> pending = scm.reports().stream().filter(s -> s.state().pending()).toList();
        assertThat(pending).extracting(ServiceStatus::checkPoint).isSorted().doesNotHaveDuplicates();
        assertThat(scm.last().state()).isEqualTo(STOPPED);
        assertThat(scm.states()).containsSubsequence(START_PENDING, START_PENDING, START_PENDING, RUNNING,
                STOP_PENDING, STOP_PENDING, STOP_PENDING, STOPPED);
    }

    @Test
    void stoppedIsTheLastReportEvenWhenControlsAndTicksComeLater() throws Exception {
        ServiceRunner runner = runner(TIMINGS);
        FakeApp app = FakeApp.serving().failingWith(new ServiceFailure(2, "bad"));
        runner.run(app);
        runner.fatal("too late");

        assertThat(scm.states()).containsExactly(START_PENDING, STOPPED);
    }
}
