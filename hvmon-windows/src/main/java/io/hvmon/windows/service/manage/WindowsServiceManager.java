package io.hvmon.windows.service.manage;

import com.sun.jna.Native;
import com.sun.jna.Memory;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.Winsvc;
import com.sun.jna.ptr.IntByReference;
import io.hvmon.windows.service.ServiceState;

import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Function;

/** Windows only: {@link ServiceManager} over the SCM API (advapi32) through JNA. */
final class WindowsServiceManager implements ServiceManager {

    private static final Advapi32 API = Advapi32.INSTANCE;
    private static final int QUERY = Winsvc.SERVICE_QUERY_STATUS | Winsvc.SERVICE_QUERY_CONFIG;

    @Override
    public void install(ServiceDefinition definition) {
        String name = definition.name();
        withManager(Winsvc.SC_MANAGER_CONNECT | Winsvc.SC_MANAGER_CREATE_SERVICE, name, manager -> {
            Winsvc.SC_HANDLE service = API.CreateService(manager, name, definition.displayName(),
                    Winsvc.SERVICE_ALL_ACCESS, WinNT.SERVICE_WIN32_OWN_PROCESS, WinNT.SERVICE_AUTO_START,
                    WinNT.SERVICE_ERROR_NORMAL, definition.binPath(), null, null, null, definition.account(),
                    definition.password());
            if (service == null) {
                throw failure(name);
            }
            try {
                configure(service, definition);
            } catch (ServiceManagementException e) {
                // Half a service is worse than none: take it away again, then say what failed.
                API.DeleteService(service);
                throw e;
            } finally {
                API.CloseServiceHandle(service);
            }
            return null;
        });
        try {
            EventLogSource.register(name);
        } catch (Win32Exception e) {
            throw new ServiceManagementException(e.getErrorCode(), "the service was installed, but its Event Log source"
                    + " could not be registered: " + Win32Errors.explain(e.getErrorCode(), name, e.getMessage()));
        }
    }

    private static void configure(Winsvc.SC_HANDLE service, ServiceDefinition definition) {
        String name = definition.name();
        Winsvc.SERVICE_DESCRIPTION description = new Winsvc.SERVICE_DESCRIPTION();
        description.lpDescription = definition.description();
        change(service, Winsvc.SERVICE_CONFIG_DESCRIPTION, description, name);

        ScmStructures.DelayedAutoStartInfo delayed = new ScmStructures.DelayedAutoStartInfo();
        delayed.fDelayedAutostart = 1;
        change(service, Winsvc.SERVICE_CONFIG_DELAYED_AUTO_START_INFO, delayed, name);

        change(service, Winsvc.SERVICE_CONFIG_FAILURE_ACTIONS, ScmStructures.failureActions(definition.failureActions()), name);

        Winsvc.SERVICE_FAILURE_ACTIONS_FLAG flag = new Winsvc.SERVICE_FAILURE_ACTIONS_FLAG();
        flag.fFailureActionsOnNonCrashFailures = 1;
        change(service, Winsvc.SERVICE_CONFIG_FAILURE_ACTIONS_FLAG, flag, name);

        ScmStructures.PreshutdownInfo preshutdown = new ScmStructures.PreshutdownInfo();
        preshutdown.dwPreshutdownTimeout = Math.toIntExact(definition.preshutdownTimeout().toMillis());
        change(service, Winsvc.SERVICE_CONFIG_PRESHUTDOWN_INFO, preshutdown, name);
    }

    private static void change(Winsvc.SC_HANDLE service, int level, Winsvc.ChangeServiceConfig2Info info, String name) {
        if (!API.ChangeServiceConfig2(service, level, info)) {
            throw failure(name);
        }
    }

    @Override
    public ServiceInfo uninstall(String name, Duration wait) {
        ServiceInfo before = withService(name, QUERY | Winsvc.SERVICE_STOP | WinNT.DELETE, service -> {
            ServiceInfo info = query(service, name);
            if (info.state() != ServiceState.STOPPED) {
                stopAndWait(service, name, wait);
            }
            if (!API.DeleteService(service)) {
                throw failure(name);
            }
            return info;
        });
        try {
            EventLogSource.unregister(name);
        } catch (Win32Exception e) {
            throw new ServiceManagementException(e.getErrorCode(), "the service was removed, but not its Event Log"
                    + " source: " + Win32Errors.explain(e.getErrorCode(), name, e.getMessage()));
        }
        return before;
    }

    @Override
    public ServiceInfo start(String name, Duration wait) {
        return withService(name, QUERY | Winsvc.SERVICE_START, service -> {
            if (!API.StartService(service, 0, null)) {
                throw failure(name);
            }
            ServiceInfo info = StateWait.until(() -> query(service, name),
                    EnumSet.of(ServiceState.RUNNING, ServiceState.STOPPED), wait);
            if (info.state() == ServiceState.STOPPED) {
                throw new ServiceManagementException(info.win32ExitCode(), "service '" + name + "' stopped while"
                        + " starting, last exit " + ServiceInfoText.exit(info));
            }
            if (info.state() != ServiceState.RUNNING) {
                throw new ServiceManagementException(Win32Errors.ERROR_SERVICE_REQUEST_TIMEOUT, "service '" + name
                        + "' is still " + info.state() + " after " + wait.toSeconds() + " s; see 'hvmon service status"
                        + (name.equals(BinPath.DEFAULT_NAME) ? "" : " --name " + name) + "' and the Application event log");
            }
            return info;
        });
    }

    @Override
    public ServiceInfo stop(String name, Duration wait) {
        return withService(name, QUERY | Winsvc.SERVICE_STOP, service -> stopAndWait(service, name, wait));
    }

    @Override
    public ServiceInfo status(String name) {
        return withService(name, QUERY, service -> query(service, name));
    }

    private static ServiceInfo stopAndWait(Winsvc.SC_HANDLE service, String name, Duration wait) {
        Winsvc.SERVICE_STATUS status = new Winsvc.SERVICE_STATUS();
        if (!API.ControlService(service, Winsvc.SERVICE_CONTROL_STOP, status)) {
            throw failure(name);
        }
        ServiceInfo info = StateWait.until(() -> query(service, name), EnumSet.of(ServiceState.STOPPED), wait);
        if (info.state() != ServiceState.STOPPED) {
            throw new ServiceManagementException(Win32Errors.ERROR_SERVICE_REQUEST_TIMEOUT, "service '" + name
                    + "' is still " + info.state() + " after " + wait.toSeconds() + " s");
        }
        return info;
    }

    private static ServiceInfo query(Winsvc.SC_HANDLE service, String name) {
        Winsvc.SERVICE_STATUS_PROCESS status = new Winsvc.SERVICE_STATUS_PROCESS();
        IntByReference needed = new IntByReference();
        if (!API.QueryServiceStatusEx(service, Winsvc.SC_STATUS_TYPE.SC_STATUS_PROCESS_INFO, status, status.size(), needed)) {
            throw failure(name);
        }
        ScmStructures.QueryServiceConfig config = queryConfig(service, name);
        return new ServiceInfo(name, ScmStructures.QueryServiceConfig.text(config.lpDisplayName),
                ServiceState.of(status.dwCurrentState), status.dwProcessId, status.dwWin32ExitCode,
                status.dwServiceSpecificExitCode, config.dwStartType, delayedAutoStart(service),
                ScmStructures.QueryServiceConfig.text(config.lpBinaryPathName),
                ScmStructures.QueryServiceConfig.text(config.lpServiceStartName));
    }

    private static ScmStructures.QueryServiceConfig queryConfig(Winsvc.SC_HANDLE service, String name) {
        IntByReference needed = new IntByReference();
        ScmStructures.ScmApi.INSTANCE.QueryServiceConfig(service, null, 0, needed); // asks for the size
        if (needed.getValue() == 0) {
            throw failure(name);
        }
        Memory buffer = new Memory(needed.getValue());
        if (!ScmStructures.ScmApi.INSTANCE.QueryServiceConfig(service, buffer, (int) buffer.size(), needed)) {
            throw failure(name);
        }
        return new ScmStructures.QueryServiceConfig(buffer);
    }

    private static boolean delayedAutoStart(Winsvc.SC_HANDLE service) {
        Memory buffer = new Memory(16);
        IntByReference needed = new IntByReference();
        return API.QueryServiceConfig2(service, Winsvc.SERVICE_CONFIG_DELAYED_AUTO_START_INFO, buffer,
                (int) buffer.size(), needed) && buffer.getInt(0) != 0;
    }

    private static <T> T withManager(int access, String name, Function<Winsvc.SC_HANDLE, T> action) {
        Winsvc.SC_HANDLE manager = API.OpenSCManager(null, null, access);
        if (manager == null) {
            throw failure(name);
        }
        try {
            return action.apply(manager);
        } finally {
            API.CloseServiceHandle(manager);
        }
    }

    private static <T> T withService(String name, int access, Function<Winsvc.SC_HANDLE, T> action) {
        return withManager(Winsvc.SC_MANAGER_CONNECT, name, manager -> {
            Winsvc.SC_HANDLE service = API.OpenService(manager, name, access);
            if (service == null) {
                throw failure(name);
            }
            try {
                return action.apply(service);
            } finally {
                API.CloseServiceHandle(service);
            }
        });
    }

    /** The last Win32 error of this thread, in plain words. */
    private static ServiceManagementException failure(String name) {
        int error = Native.getLastError();
        String systemText;
        try {
            systemText = Kernel32Util.formatMessage(error);
        } catch (RuntimeException e) {
            systemText = null;
        }
        return new ServiceManagementException(error, Win32Errors.explain(error, name, systemText));
    }
}
