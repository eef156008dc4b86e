package io.hvmon.windows.host;

import java.util.Locale;
import java.util.Optional;

/** The SIDs of the principals hvmon's ACLs name: their names are localized ("Administratoren"), their SIDs are not. */
public final class WellKnownSids {

    public static final String ADMINISTRATORS = "S-1-5-32-544";
    public static final String LOCAL_SYSTEM = "S-1-5-18";
    public static final String LOCAL_SERVICE = "S-1-5-19";
    public static final String NETWORK_SERVICE = "S-1-5-20";

    private WellKnownSids() {
    }

    /** The SID of a built-in service account named as CreateService takes it, if it is one. */
    public static Optional<String> ofServiceAccount(String account) {
        if (account == null) {
            return Optional.of(LOCAL_SYSTEM);
        }
        return switch (account.toLowerCase(Locale.ROOT)) {
            case "localsystem" -> Optional.of(LOCAL_SYSTEM);
            case "nt authority\\networkservice" -> Optional.of(NETWORK_SERVICE);
            case "nt authority\\localservice" -> Optional.of(LOCAL_SERVICE);
            default -> Optional.empty();
        };
    }
}
