import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Ole32;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build-time check that build-release.ps1 compiles and runs on the app-image's own (jlinked) runtime, with the JNA
 * options the launcher uses: JNA must load the jnidispatch.dll pre-extracted into the app folder (it may not unpack
 * one into a temporary folder), and the Windows libraries the agent calls must load and answer without the AWT
 * modules the runtime leaves out. Exit code 0 when all is well, 1 with the reason otherwise.
 *
 * <p>Usage: {@code java -Djna.boot.library.path=APPDIR -Djna.nounpack=true -Djna.nosys=true -cp hvmon.jar;DIR JnaCheck APPDIR}
 */
public final class JnaCheck {

    public static void main(String[] args) throws Exception {
        Path appDir = Path.of(args[0]);

        int pidViaJna = Kernel32.INSTANCE.GetCurrentProcessId();
        long pid = ProcessHandle.current().pid();
        if (pidViaJna != pid) {
            fail("Kernel32.GetCurrentProcessId says " + pidViaJna + ", Java says " + pid);
        }

        String loaded = System.getProperty("jnidispatch.path");
        if (loaded == null || !Files.isSameFile(Path.of(loaded).getParent(), appDir)) {
            fail("jnidispatch was loaded from " + loaded + ", not from " + appDir);
        }

        WinNT.HRESULT hr = Ole32.INSTANCE.CoInitializeEx(null, Ole32.COINIT_MULTITHREADED);
        if (hr.intValue() != WinError.S_OK.intValue() && hr.intValue() != WinError.S_FALSE.intValue()) {
            fail("CoInitializeEx failed: 0x" + Integer.toHexString(hr.intValue()));
        }
        Ole32.INSTANCE.CoUninitialize();

        System.out.println("JNA " + Native.VERSION + " (native " + Native.VERSION_NATIVE + "): jnidispatch from "
                + loaded + "; Kernel32 and Ole32 (COM, multithreaded) answer");
    }

    private static void fail(String why) {
        System.err.println("JnaCheck: " + why);
        System.exit(1);
    }
}
