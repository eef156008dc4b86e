package io.hvmon.windows.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service's Event Log entries: ids within EventCreate.exe's message table, types, and plain-word texts. */
class ServiceEventTest {

    @Test
    void eachEventHasItsIdTypeAndText() {
        assertThat(ServiceEvent.started("hvmon", "serving http://HV01:20501/ from this machine's WMI"))
                .isEqualTo(new ServiceEvent(1, EventType.INFORMATION,
                        "hvmon service 'hvmon' started: serving http://HV01:20501/ from this machine's WMI"));
        assertThat(ServiceEvent.stopped("hvmon", "a stop was requested"))
                .isEqualTo(new ServiceEvent(2, EventType.INFORMATION, "hvmon service 'hvmon' stopped: a stop was requested."));
        ServiceEvent failed = ServiceEvent.startFailed("hvmon", 2, "invalid configuration:\nconfig.json:1:2: x: unknown key");
        assertThat(failed.id()).isEqualTo(3);
        assertThat(failed.type()).isEqualTo(EventType.ERROR);
        assertThat(failed.text()).isEqualTo("hvmon service 'hvmon' could not start (service-specific exit code 2):"
                + " invalid configuration:\nconfig.json:1:2: x: unknown key");
        ServiceEvent fatal = ServiceEvent.fatal("hvmon", "java.lang.OutOfMemoryError: Java heap space");
        assertThat(fatal.id()).isEqualTo(4);
        assertThat(fatal.type()).isEqualTo(EventType.ERROR);
        assertThat(fatal.text()).contains("fatal error", "exit code 1", "OutOfMemoryError", "restart");
        ServiceEvent timeout = ServiceEvent.stopTimedOut("hvmon", 20);
        assertThat(timeout.id()).isEqualTo(5);
        assertThat(timeout.type()).isEqualTo(EventType.WARNING);
        assertThat(timeout.text()).contains("within 20 s", "process was ended");
    }

    @Test
    void typesAreTheWin32CodesAndAllOfThemAreSupported() {
        assertThat(EventType.ERROR.code()).isEqualTo(1);
        assertThat(EventType.WARNING.code()).isEqualTo(2);
        assertThat(EventType.INFORMATION.code()).isEqualTo(4);
        assertThat(EventType.ALL).isEqualTo(7);
    }

    @Test
    void idsStayInsideTheMessageTableAndLongTextsAreCut() {
        assertThatThrownBy(() -> new ServiceEvent(0, EventType.ERROR, "x")).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> new ServiceEvent(1001, EventType.ERROR, "x")).hasMessageContaining("1 to 1000");
        ServiceEvent longOne = ServiceEvent.startFailed("hvmon", 2, "e".repeat(100_000));
        assertThat(longOne.text()).hasSizeLessThan(31_839).endsWith("[...]");
    }

    @Test
    void exitCodesAndStates() {
        assertThat(ExitStatus.serviceSpecific(2)).isEqualTo(new ExitStatus(1066, 2));
        assertThat(ExitStatus.OK.failed()).isFalse();
        assertThatThrownBy(() -> ExitStatus.serviceSpecific(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RunOutcome(ExitStatus.serviceSpecific(2), false).processExitCode()).isEqualTo(2);
        assertThat(ServiceState.of(4)).isEqualTo(ServiceState.RUNNING);
        assertThat(ServiceState.STOP_PENDING.code()).isEqualTo(3);
        assertThatThrownBy(() -> ServiceState.of(9)).isInstanceOf(IllegalArgumentException.class);
    }
}
