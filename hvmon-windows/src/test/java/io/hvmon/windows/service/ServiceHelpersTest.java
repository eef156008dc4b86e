package io.hvmon.windows.service;

import io.hvmon.windows.service.manage.EventLogSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceHelpersTest {

    @Test
    void aServiceIgnoresOnlyLogoffAndShutdownConsoleEvents() {
        assertThat(ConsoleEvents.ignoredByService(ConsoleEvents.CTRL_LOGOFF_EVENT)).isTrue();
        assertThat(ConsoleEvents.ignoredByService(ConsoleEvents.CTRL_SHUTDOWN_EVENT)).isTrue();
        assertThat(ConsoleEvents.ignoredByService(ConsoleEvents.CTRL_C_EVENT)).isFalse();
        assertThat(ConsoleEvents.ignoredByService(ConsoleEvents.CTRL_BREAK_EVENT)).isFalse();
        assertThat(ConsoleEvents.ignoredByService(ConsoleEvents.CTRL_CLOSE_EVENT)).isFalse();
    }

    @Test
    void theRegisteredConsoleHandlerIsThatRule() {
        // Its stdcall native stub is made on Windows only; the handler itself is plain Java.
        assertThat(ConsoleControl.handler().callback(ConsoleEvents.CTRL_SHUTDOWN_EVENT)).isTrue();
        assertThat(ConsoleControl.handler().callback(ConsoleEvents.CTRL_LOGOFF_EVENT)).isTrue();
        assertThat(ConsoleControl.handler().callback(ConsoleEvents.CTRL_C_EVENT)).isFalse();
    }

    @Test
    void theEventSourceUsesEventCreateAsMessageFileForEveryType() {
        assertThat(EventLogSource.keyPath("hvmon"))
                .isEqualTo("SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\hvmon");
        assertThat(EventLogSource.MESSAGE_FILE).isEqualTo("%SystemRoot%\\System32\\EventCreate.exe");
        assertThat(EventLogSource.TYPES_SUPPORTED).isEqualTo(7);
        assertThatThrownBy(() -> EventLogSource.keyPath("..\\System")).hasMessageContaining("not allowed");
    }
}
