package io.hvmon.windows.service.manage;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything {@code hvmon service install} sets: an own-process service, started automatically (delayed) at boot.
 *
 * @param name               the service name (also the Event Log source)
 * @param displayName        shown in the Services console
 * @param description        shown in the Services console
 * @param binPath            the command line the SCM starts (see {@link BinPath})
 * @param account            the account it runs as; null for LocalSystem
 * @param password           the account's password; null for accounts without one (LocalSystem, NetworkService,
 *                           LocalService, managed service accounts)
 * @param failureActions     the recovery settings
 * @param preshutdownTimeout how long Windows waits for the stop at shutdown
 */
public record ServiceDefinition(String name, String displayName, String description, String binPath, String account,
                                String password, FailureActions failureActions, Duration preshutdownTimeout) {

    public static final String DEFAULT_DISPLAY_NAME = "hvmon (Hyper-V monitor)";
    public static final String DESCRIPTION = "hvmon: serves the state of this Hyper-V host, its virtual machines and"
            + " their Hyper-V Replica over HTTP for monitoring (port 20501 unless its config.json says otherwise).";
    /** Longer than the service's own stop timeout (20 s), so a shutdown waits for a clean stop. */
    public static final Duration PRESHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    /** Letters, digits, '.', '-', '_': safe as a service name, a registry key, an Event Log source and an argument. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    public ServiceDefinition {
        checkName(name);
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(binPath, "binPath");
        Objects.requireNonNull(failureActions, "failureActions");
        if (password != null && account == null) {
            throw new IllegalArgumentException("a password needs an account (LocalSystem has none)");
        }
    }

    /** Refuses names that are not 1 to 80 letters, digits, '.', '-', '_' (starting with a letter or digit). */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("service name '" + name + "' is not allowed: use 1 to 80 letters,"
                    + " digits, '.', '-' or '_', starting with a letter or digit");
        }
        return name;
    }

    public boolean runsAsLocalSystem() {
        return account == null;
    }

    /** The account as the Services console shows it. */
    public String accountShown() {
        return account == null ? "LocalSystem" : account;
    }

    @Override
    public String toString() {
        // Never print the password.
        return "ServiceDefinition[name=" + name + ", account=" + accountShown() + ", binPath=" + binPath + "]";
    }
}
