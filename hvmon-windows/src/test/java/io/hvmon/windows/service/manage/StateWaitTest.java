package io.hvmon.windows.service.manage;

import io.hvmon.windows.service.ServiceState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting for a state with a fake clock: each sleep moves time on, nothing really waits. */
class StateWaitTest {

    private long now;

    private static ServiceInfo info(ServiceState state) {
        return new ServiceInfo("hvmon", "hvmon", state, 0, 0, 0, 2, true, "x", "LocalSystem");
    }

    private ServiceInfo waitFor(List<ServiceState> seen, Duration timeout) {
        Deque<ServiceState> states = new ArrayDeque<>(seen);
        return StateWait.until(() -> info(states.size() > 1 ? states.poll() : states.peek()),
                EnumSet.of(ServiceState.RUNNING, ServiceState.STOPPED), timeout, () -> now,
                duration -> now += duration.toNanos());
    }

    @Test
    void returnsTheFirstWantedState() {
        ServiceInfo info = waitFor(List.of(ServiceState.START_PENDING, ServiceState.START_PENDING, ServiceState.RUNNING),
                Duration.ofSeconds(60));
        assertThat(info.state()).isEqualTo(ServiceState.RUNNING);
        assertThat(now).isEqualTo(2 * StateWait.POLL.toNanos());
    }

    @Test
    void givesUpAtTheTimeoutWithTheLastStateSeen() {
        ServiceInfo info = waitFor(List.of(ServiceState.START_PENDING), Duration.ofSeconds(5));
        assertThat(info.state()).isEqualTo(ServiceState.START_PENDING);
        assertThat(now).isBetween(Duration.ofSeconds(5).toNanos(), Duration.ofSeconds(5).plus(StateWait.POLL).toNanos());
    }
}
