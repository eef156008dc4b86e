package io.hvmon.windows.service.manage;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Winsvc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native layouts hvmon hands to the SCM, checked where JNA runs without Windows: sizes as in winsvc.h on a 64-bit
 * (or 32-bit) process, and the failure actions as they land in memory.
 */
class ScmStructuresTest {

    @Test
    void infoLevelsAreOneDword() {
        assertThat(new ScmStructures.DelayedAutoStartInfo().size()).isEqualTo(4);
        assertThat(new ScmStructures.PreshutdownInfo().size()).isEqualTo(4);
    }

    @Test
    void queryServiceConfigHasWinsvcLayout() {
        int pointer = Native.POINTER_SIZE;
        // 3 DWORDs, 2 strings, a DWORD, 3 strings; each pointer aligned to its size
        int expected = pointer == 8 ? 16 + 2 * 8 + 8 + 3 * 8 : 12 + 2 * 4 + 4 + 3 * 4;
        com.sun.jna.Memory memory = new com.sun.jna.Memory(expected);
        memory.clear();
        assertThat(new ScmStructures.QueryServiceConfig(memory).size()).isEqualTo(expected);
    }

    @Test
    void failureActionsAreThreeRestartsInNativeMemory() {
        Winsvc.SERVICE_FAILURE_ACTIONS failure = ScmStructures.failureActions(FailureActions.DEFAULT);

        // winsvc.h: DWORD dwResetPeriod; LPWSTR lpRebootMsg; LPWSTR lpCommand; DWORD cActions; SC_ACTION *lpsaActions
        int pointer = Native.POINTER_SIZE;
        int rebootOffset = pointer;
        int commandOffset = 2 * pointer;
        int cActionsOffset = 3 * pointer;
        int actionsOffset = pointer == 8 ? 32 : 16;
        assertThat(failure.size()).isEqualTo(actionsOffset + pointer);
        Pointer struct = failure.getPointer();
        assertThat(struct.getInt(0)).as("dwResetPeriod").isEqualTo(86_400);
        assertThat(struct.getInt(cActionsOffset)).as("cActions").isEqualTo(3);
        Pointer actions = struct.getPointer(actionsOffset);
        int[] expected = {1, 60_000, 1, 60_000, 1, 60_000};
        for (int i = 0; i < expected.length; i++) {
            assertThat(actions.getInt(4L * i)).as("SC_ACTION int " + i).isEqualTo(expected[i]);
        }
        assertThat(struct.getPointer(rebootOffset)).as("reboot message unchanged").isNull();
        assertThat(struct.getPointer(commandOffset)).as("command unchanged").isNull();
    }
}
