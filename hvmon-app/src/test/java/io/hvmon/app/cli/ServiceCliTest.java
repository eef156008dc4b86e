package io.hvmon.app.cli;

import io.hvmon.app.run.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code hvmon service} as a user meets it on any OS: help, and what happens off Windows. */
class ServiceCliTest extends InProcessCli {

    private static final List<String> SUBCOMMANDS = List.of("install", "uninstall", "start", "stop", "status", "run");

    @Test
    void serviceHelpListsTheSixSubcommands() {
        assertThat(run("service", "--help")).isZero();
        for (String subcommand : SUBCOMMANDS) {
            assertThat(out.toString()).containsPattern("(?m)^\\s+" + subcommand + "\\s");
        }
        assertThat(out.toString()).contains("needs Windows");
    }

    @Test
    void theRootHelpListsService() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).containsPattern("(?m)^\\s+service\\s");
    }

    @Test
    void installHelpShowsItsOptionsAndDefaults() {
        assertThat(run("service", "install", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("--name", "default: hvmon)", "--display-name",
                "default: hvmon (Hyper-V monitor)", "--config", "--account", "LocalSystem", "--password-env",
                "%ProgramData%\\hvmon\\config.json");
        for (String subcommand : SUBCOMMANDS) {
            assertThat(run("service", subcommand, "--help")).as(subcommand).isZero();
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void offWindowsEverySubcommandSaysItNeedsWindowsAndWhatToRunInstead() {
        for (String subcommand : SUBCOMMANDS) {
            err.getBuffer().setLength(0);
            assertThat(run("service", subcommand)).as(subcommand).isEqualTo(2);
            assertThat(err.toString()).as(subcommand)
                    .startsWith("hvmon: 'hvmon service " + subcommand + "' ")
                    .contains("needs Windows; this is " + System.getProperty("os.name") + ".")
                    .contains("To run hvmon here: hvmon serve --config FILE (see docs/CONFIG.md) or hvmon demo")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        err.getBuffer().setLength(0);
        assertThat(run("service", "install", "--account", "EXAMPLE\\svc", "--password-env", "NOPE")).isEqualTo(2);
        assertThat(err.toString()).contains("'hvmon service install' manages a Windows service and needs Windows");
    }

    @Test
    void windowsOwnAccountsTakeNoPasswordAndUserAccountsNeedOne() {
        assertThat(ServiceAccountOptions.of(null, null, Map.<String, String>of()::get))
                .isEqualTo(new ServiceAccountOptions(null, null));
        assertThat(ServiceAccountOptions.of("NetworkService", null, Map.<String, String>of()::get))
                .isEqualTo(new ServiceAccountOptions("NT AUTHORITY\\NetworkService", null));
        assertThat(ServiceAccountOptions.of("EXAMPLE\\gmsa-hvmon$", null, Map.<String, String>of()::get).password()).isNull();

        ServiceAccountOptions user = ServiceAccountOptions.of("EXAMPLE\\svc-hvmon", "HVMON_PW", Map.of("HVMON_PW", "s3cr3t")::get);
        assertThat(user.account()).isEqualTo("EXAMPLE\\svc-hvmon");
        assertThat(user.password()).isEqualTo("s3cr3t");
        assertThat(user.toString()).doesNotContain("s3cr3t");

        assertThatThrownBy(() -> ServiceAccountOptions.of("EXAMPLE\\svc-hvmon", null, Map.<String, String>of()::get))
                .isInstanceOf(UserError.class).hasMessageContaining("needs its password").hasMessageContaining("--password-env");
        assertThatThrownBy(() -> ServiceAccountOptions.of("EXAMPLE\\svc-hvmon", "HVMON_PW", Map.<String, String>of()::get))
                .hasMessageContaining("HVMON_PW is not set");
        assertThatThrownBy(() -> ServiceAccountOptions.of("EXAMPLE\\svc-hvmon", "HVMON_PW", Map.of("HVMON_PW", "")::get))
                .hasMessageContaining("HVMON_PW is empty");
        assertThatThrownBy(() -> ServiceAccountOptions.of("LocalSystem", "HVMON_PW", Map.of("HVMON_PW", "x")::get))
                .hasMessageContaining("LocalSystem has no password");
        assertThat(catchExitCode(() -> ServiceAccountOptions.of("EXAMPLE\\svc", null, k -> null))).isEqualTo(2);
    }

    private static int catchExitCode(Runnable action) {
        try {
            action.run();
            return 0;
        } catch (UserError e) {
            return e.exitCode();
        }
    }
}
