package io.hvmon.windows.service.manage;

import java.util.Locale;
import java.util.Map;

/** The account a service runs as, as given to {@code --account}, in the form CreateService expects. */
public final class ServiceAccount {

    /** Built-in accounts have no password; the short names are accepted as the Services console shows them. */
    private static final Map<String, String> BUILT_IN = Map.of(
            "localsystem", "LocalSystem",
            ".\\localsystem", "LocalSystem",
            "nt authority\\system", "LocalSystem",
            "networkservice", "NT AUTHORITY\\NetworkService",
            "nt authority\\networkservice", "NT AUTHORITY\\NetworkService",
            "nt authority\\network service", "NT AUTHORITY\\NetworkService",
            "localservice", "NT AUTHORITY\\LocalService",
            "nt authority\\localservice", "NT AUTHORITY\\LocalService",
            "nt authority\\local service", "NT AUTHORITY\\LocalService");

    private ServiceAccount() {
    }

    /** The account for CreateService: null for LocalSystem (its way of saying so), else the canonical name. */
    public static String forCreateService(String account) {
        if (account == null || account.isBlank()) {
            return null;
        }
        String builtIn = BUILT_IN.get(account.strip().toLowerCase(Locale.ROOT));
        if (builtIn != null) {
            return builtIn.equals("LocalSystem") ? null : builtIn;
        }
        return account.strip();
    }

    /** Whether the account is one of Windows' own, which take no password. */
    public static boolean isBuiltIn(String account) {
        return account == null || account.isBlank() || BUILT_IN.containsKey(account.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A (group) managed service account ({@code DOMAIN\name$}) or a virtual account ({@code NT SERVICE\name}): no
     * password either, Windows manages it.
     */
    public static boolean isManaged(String account) {
        if (account == null) {
            return false;
        }
        String name = account.strip();
        return name.endsWith("$") || name.toLowerCase(Locale.ROOT).startsWith("nt service\\");
    }
}
