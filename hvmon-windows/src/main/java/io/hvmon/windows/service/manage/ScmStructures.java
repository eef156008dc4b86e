package io.hvmon.windows.service.manage;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Winsvc;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

import java.util.List;

/**
 * Windows only: what jna-platform 5.19 lacks of the SCM API (QueryServiceConfigW and two info levels). Public, as JNA
 * reads and writes these structures and proxies the interface by reflection.
 */
public final class ScmStructures {

    private ScmStructures() {
    }

    public interface ScmApi extends StdCallLibrary {
        ScmApi INSTANCE = Native.load("Advapi32", ScmApi.class, W32APIOptions.DEFAULT_OPTIONS);

        boolean QueryServiceConfig(Winsvc.SC_HANDLE service, Pointer config, int size, IntByReference needed);
    }

    /** QUERY_SERVICE_CONFIGW; the strings are read from the pointers, which point into the same buffer. */
    @Structure.FieldOrder({"dwServiceType", "dwStartType", "dwErrorControl", "lpBinaryPathName", "lpLoadOrderGroup",
            "dwTagId", "lpDependencies", "lpServiceStartName", "lpDisplayName"})
    public static final class QueryServiceConfig extends Structure {
        public int dwServiceType;
        public int dwStartType;
        public int dwErrorControl;
        public Pointer lpBinaryPathName;
        public Pointer lpLoadOrderGroup;
        public int dwTagId;
        public Pointer lpDependencies;
        public Pointer lpServiceStartName;
        public Pointer lpDisplayName;

        QueryServiceConfig(Pointer memory) {
            super(memory);
            read();
        }

        static String text(Pointer wide) {
            return wide == null ? "" : wide.getWideString(0);
        }
    }

    /** SERVICE_DELAYED_AUTO_START_INFO. */
    @Structure.FieldOrder({"fDelayedAutostart"})
    public static final class DelayedAutoStartInfo extends Winsvc.ChangeServiceConfig2Info {
        public int fDelayedAutostart;
    }

    /** SERVICE_PRESHUTDOWN_INFO. */
    @Structure.FieldOrder({"dwPreshutdownTimeout"})
    public static final class PreshutdownInfo extends Winsvc.ChangeServiceConfig2Info {
        public int dwPreshutdownTimeout;
    }

    /** SERVICE_FAILURE_ACTIONS with its SC_ACTION array, written to native memory. */
    static Winsvc.SERVICE_FAILURE_ACTIONS failureActions(FailureActions settings) {
        List<FailureActions.Action> actions = settings.actions();
        Winsvc.SC_ACTION.ByReference first = new Winsvc.SC_ACTION.ByReference();
        Winsvc.SC_ACTION[] array = (Winsvc.SC_ACTION[]) first.toArray(actions.size());
        for (int i = 0; i < actions.size(); i++) {
            array[i].type = actions.get(i).type();
            array[i].delay = actions.get(i).delayMillis();
            array[i].write();
        }
        Winsvc.SERVICE_FAILURE_ACTIONS failure = new Winsvc.SERVICE_FAILURE_ACTIONS();
        failure.dwResetPeriod = settings.resetPeriodSeconds();
        failure.cActions = actions.size();
        failure.lpsaActions = first;
        failure.write();
        return failure;
    }
}
