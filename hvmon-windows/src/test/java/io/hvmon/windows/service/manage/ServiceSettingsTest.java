package io.hvmon.windows.service.manage;

import io.hvmon.windows.service.ServiceState;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings install writes, and the status text, as pure values. */
class ServiceSettingsTest {

    @Test
    void recoveryRestartsAMinuteAfterEveryFailureAsTheMsiAndTheDocumentedScLinesDo() {
        FailureActions actions = FailureActions.DEFAULT;
        assertThat(actions.resetPeriodSeconds()).isEqualTo(86_400);
        assertThat(actions.actions()).containsExactly(
                new FailureActions.Action(1, 60_000), new FailureActions.Action(1, 60_000),
                new FailureActions.Action(1, 60_000));
    }

    @Test
    void accountsAreGivenAsCreateServiceWantsThem() {
        assertThat(ServiceAccount.forCreateService(null)).isNull();
        assertThat(ServiceAccount.forCreateService("LocalSystem")).isNull();
        assertThat(ServiceAccount.forCreateService("NT AUTHORITY\\SYSTEM")).isNull();
        assertThat(ServiceAccount.forCreateService("networkservice")).isEqualTo("NT AUTHORITY\\NetworkService");
        assertThat(ServiceAccount.forCreateService("NT AUTHORITY\\Network Service")).isEqualTo("NT AUTHORITY\\NetworkService");
        assertThat(ServiceAccount.forCreateService("LocalService")).isEqualTo("NT AUTHORITY\\LocalService");
        assertThat(ServiceAccount.forCreateService(" EXAMPLE\\svc-hvmon ")).isEqualTo("EXAMPLE\\svc-hvmon");
        assertThat(ServiceAccount.isBuiltIn("NT AUTHORITY\\NetworkService")).isTrue();
        assertThat(ServiceAccount.isBuiltIn("EXAMPLE\\svc-hvmon")).isFalse();
        assertThat(ServiceAccount.isManaged("EXAMPLE\\gmsa-hvmon$")).isTrue();
        assertThat(ServiceAccount.isManaged("NT SERVICE\\hvmon")).isTrue();
        assertThat(ServiceAccount.isManaged("EXAMPLE\\svc-hvmon")).isFalse();
    }

    @Test
    void serviceNamesAreSafeEverywhereTheyGo() {
        assertThat(ServiceDefinition.checkName("hvmon")).isEqualTo("hvmon");
        assertThat(ServiceDefinition.checkName("hvmon-test-1a2b.x_y")).isEqualTo("hvmon-test-1a2b.x_y");
        for (String bad : new String[] {"", "hv mon", "a\\b", "a/b", "-x", "x".repeat(81), "hvmön"}) {
            assertThatThrownBy(() -> ServiceDefinition.checkName(bad)).as(bad).hasMessageContaining("not allowed");
        }
    }

    @Test
    void aPasswordNeedsAnAccountAndIsNeverPrinted() {
        assertThatThrownBy(() -> new ServiceDefinition("hvmon", "d", "", "\"x.exe\"", null, "secret",
                FailureActions.DEFAULT, Duration.ofSeconds(30))).hasMessageContaining("needs an account");
        ServiceDefinition definition = new ServiceDefinition("hvmon", "d", "", "\"x.exe\"", "EXAMPLE\\svc", "s3cr3t!",
                FailureActions.DEFAULT, Duration.ofSeconds(30));
        assertThat(definition.toString()).doesNotContain("s3cr3t!").contains("EXAMPLE\\svc");
        assertThat(ServiceDefinition.PRESHUTDOWN_TIMEOUT).isGreaterThan(io.hvmon.windows.service.ServiceTimings.DEFAULT.stopTimeout());
    }

    @Test
    void statusShowsStatePidExitCodesStartTypeBinPathAndAccount() {
        String text = ServiceInfoText.format(new ServiceInfo("hvmon", "hvmon (Hyper-V monitor)", ServiceState.RUNNING,
                4711, 0, 0, 2, true, "\"C:\\Program Files\\hvmon\\hvmon.exe\" service run", "LocalSystem"));
        assertThat(text).isEqualTo(String.join(System.lineSeparator(),
                "service     hvmon (hvmon (Hyper-V monitor))",
                "state       RUNNING",
                "pid         4711",
                "last exit   0 (no error)",
                "start type  automatic (delayed start)",
                "binPath     \"C:\\Program Files\\hvmon\\hvmon.exe\" service run",
                "account     LocalSystem", ""));

        String failed = ServiceInfoText.format(new ServiceInfo("hvmon", "hvmon (Hyper-V monitor)", ServiceState.STOPPED,
                0, 1066, 2, 3, false, "x", "NT AUTHORITY\\NetworkService"));
        assertThat(failed).contains("pid         -").contains("service-specific 2 (the configuration is invalid")
                .contains("start type  manual").contains("account     NT AUTHORITY\\NetworkService");
        assertThat(ServiceInfoText.exit(new ServiceInfo("h", "h", ServiceState.STOPPED, 0, 1067, 0, 2, false, "x", "")))
                .isEqualTo("Windows error 1067");
        assertThat(ServiceInfoText.startType(4, false)).isEqualTo("disabled");
    }
}
