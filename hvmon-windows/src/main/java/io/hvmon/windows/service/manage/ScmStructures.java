package io.hvmon.windows.service.manage;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Winsvc;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/** Windows only: what jna-platform 5.19 lacks of the SCM API (QueryServiceConfigW and three info levels). */
final class ScmStructures {

    private ScmStructures() {
    }

    interface ScmApi extends StdCallLibrary {
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
}
