package io.hvmon.windows.service;

import com.sun.jna.Native;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/**
 * Windows only: keeps console logoff and shutdown events from ending the service's JVM (see {@link ConsoleEvents}).
 * jna-platform has no SetConsoleCtrlHandler, hence this small binding.
 */
final class ConsoleControl {

    interface Kernel32Console extends StdCallLibrary {
        Kernel32Console INSTANCE = Native.load("kernel32", Kernel32Console.class, W32APIOptions.DEFAULT_OPTIONS);

        interface HandlerRoutine extends StdCallCallback {
            boolean callback(int ctrlType);
        }

        boolean SetConsoleCtrlHandler(HandlerRoutine handler, boolean add);
    }

    /** Held for the life of the process: Windows calls it long after registration, and JNA must not collect it. */
    private static final Kernel32Console.HandlerRoutine IGNORE_LOGOFF_AND_SHUTDOWN = ConsoleEvents::ignoredByService;

    private ConsoleControl() {
    }

    /**
     * Registers the handler. Handlers added later are called first, so this one, added after the JVM's, answers before
     * it.
     *
     * @return whether Windows accepted it
     */
    static boolean ignoreLogoffAndShutdown() {
        return Kernel32Console.INSTANCE.SetConsoleCtrlHandler(IGNORE_LOGOFF_AND_SHUTDOWN, true);
    }
}
