package io.hvmon.windows.service.manage;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;
import io.hvmon.windows.service.EventType;

/**
 * The service's Event Log source in the registry: {@code HKLM\SYSTEM\CurrentControlSet\Services\EventLog\Application\<name>}
 * with Windows' own EventCreate.exe as message file (its message table shows ids 1 to 1000 as the text given) and
 * every entry type hvmon writes. The constants are pure; {@link #register} and {@link #unregister} are Windows only.
 */
public final class EventLogSource {

    public static final String APPLICATION_LOG_KEY = "SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application";
    /** REG_EXPAND_SZ: Windows expands %SystemRoot% when Event Viewer reads it. */
    public static final String MESSAGE_FILE = "%SystemRoot%\\System32\\EventCreate.exe";
    public static final int TYPES_SUPPORTED = EventType.ALL;

    private EventLogSource() {
    }

    /** The source's key under HKEY_LOCAL_MACHINE. */
    public static String keyPath(String source) {
        return APPLICATION_LOG_KEY + "\\" + ServiceDefinition.checkName(source);
    }

    /** Creates or updates the source (Windows only; needs an administrator). */
    static void register(String source) {
        String key = keyPath(source);
        Advapi32Util.registryCreateKey(WinReg.HKEY_LOCAL_MACHINE, key);
        Advapi32Util.registrySetExpandableStringValue(WinReg.HKEY_LOCAL_MACHINE, key, "EventMessageFile", MESSAGE_FILE);
        Advapi32Util.registrySetIntValue(WinReg.HKEY_LOCAL_MACHINE, key, "TypesSupported", TYPES_SUPPORTED);
    }

    /** Removes the source if it is there (Windows only); the entries already written stay in the log. */
    static boolean unregister(String source) {
        String key = keyPath(source);
        if (!Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, key)) {
            return false;
        }
        Advapi32Util.registryDeleteKey(WinReg.HKEY_LOCAL_MACHINE, key);
        return true;
    }
}
