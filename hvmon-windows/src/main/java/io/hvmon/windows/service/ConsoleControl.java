package io.hvmon.windows.service;

import com.sun.jna.Native;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/**
 * Windows only: keeps console logoff and shutdown events from ending the service's JVM (see {@link ConsoleEvents}).
 * jna-platform has no SetConsoleCtrlHandler, hence this small binding.
 */
final class ConsoleControl {

    /** Public, as JNA proxies and calls back through it. */
    public interface Kernel32Console extends StdCallLibrary {
        Kernel32Console INSTANCE = Native.load("kernel32", Kernel32Console.class, W32APIOptions.DEFAULT_OPTIONS);

        boolean SetConsoleCtrlHandler(HandlerRoutine handler, boolean add);
    }

    /**
     * PHANDLER_ROUTINE. Outside {@link Kernel32Console} on purpose: JNA would load the library of an enclosing
     * interface to find the callback's options, and this one must also be usable where there is no kernel32.
     */
    public interface HandlerRoutine extends StdCallLibrary.StdCallCallback {
        boolean callback(int ctrlType);
    }

    /** Held for the life of the process: Windows calls it long after registration, and JNA must not collect it. */
    private static final HandlerRoutine IGNORE_LOGOFF_AND_SHUTDOWN = ConsoleEvents::ignoredByService;

    private ConsoleControl() {
    }

    /** The handler itself, for tests: it is an ordinary JNA callback, callable wherever JNA runs. */
    static HandlerRoutine handler() {
        return IGNORE_LOGOFF_AND_SHUTDOWN;
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
