package io.hvmon.windows.service.manage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Win32ErrorsTest {

    @Test
    void accessDeniedSaysToRunElevated() {
        assertThat(Win32Errors.explain(5, "hvmon", "Access is denied.\r\n"))
                .contains("run this from an elevated prompt (Run as administrator)").endsWith("[Windows error 5]");
    }

    @Test
    void eachServiceErrorSaysWhatHappenedAndWhatToDo() {
        assertThat(Win32Errors.explain(1073, "hvmon", null)).contains("already installed", "hvmon service uninstall --name hvmon");
        assertThat(Win32Errors.explain(1060, "hvmon", null)).contains("no service named 'hvmon' is installed", "'hvmon service install'");
        assertThat(Win32Errors.explain(1060, "hv2", null)).contains("'hvmon service install --name hv2'");
        assertThat(Win32Errors.explain(1072, "hvmon", null)).contains("marked for deletion", "services.msc");
        assertThat(Win32Errors.explain(1056, "hvmon", null)).contains("already running");
        assertThat(Win32Errors.explain(1062, "hvmon", null)).contains("is not running");
        assertThat(Win32Errors.explain(1053, "hvmon", null)).contains("did not answer", "hvmon.log");
        assertThat(Win32Errors.explain(1058, "hvmon", null)).contains("disabled", "sc.exe config hvmon start= delayed-auto");
        assertThat(Win32Errors.explain(1069, "hvmon", null)).contains("could not log on", "Log on as a service");
        assertThat(Win32Errors.explain(1057, "hvmon", null)).contains("account does not exist");
        assertThat(Win32Errors.explain(1078, "hvmon", null)).contains("--display-name");
        assertThat(Win32Errors.explain(1063, "hvmon", null)).contains("this is what the Windows service manager starts;"
                + " to run hvmon in this console use 'hvmon serve'");
        assertThat(Win32Errors.explain(2, "hvmon", null)).contains("cannot be run", "uninstall");
    }

    @Test
    void unknownCodesUseWindowsOwnTextWithoutItsTrailingPeriod() {
        assertThat(Win32Errors.explain(1234, "hvmon", "No service is operating at the destination network endpoint on the remote system.\r\n"))
                .isEqualTo("No service is operating at the destination network endpoint on the remote system [Windows error 1234]");
        assertThat(Win32Errors.explain(4242, "hvmon", null)).isEqualTo("Windows error 4242 [Windows error 4242]");
    }
}
