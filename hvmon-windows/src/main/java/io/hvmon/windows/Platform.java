package io.hvmon.windows;

import java.util.Locale;

/** Which OS this is, asked in one place so no JNA class is loaded off Windows. */
public final class Platform {

    private Platform() {
    }

    public static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** The OS as it names itself, for messages: e.g. "Linux". */
    public static String osName() {
        return System.getProperty("os.name", "this OS");
    }
}
