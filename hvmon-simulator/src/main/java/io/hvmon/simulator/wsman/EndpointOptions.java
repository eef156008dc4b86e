package io.hvmon.simulator.wsman;

import javax.net.ssl.SSLContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a simulated host's WS-Man endpoint behaves.
 *
 * @param schemes          the authentication schemes offered (one WWW-Authenticate each)
 * @param user             the one account that may log on (any domain, case-insensitive)
 * @param password         its password
 * @param allowUnencrypted WinRM's AllowUnencrypted: false (Windows' default) refuses Basic and unsealed messages over http
 * @param tls              serve https with this context; null for http
 * @param faults           failures to inject
 * @param contextTtl       how long an unused enumeration context lives (Windows: 60 s)
 */
public record EndpointOptions(Set<Scheme> schemes, String user, char[] password, boolean allowUnencrypted,
                              SSLContext tls, FaultPlan faults, Duration contextTtl) {

    /** HTTP authentication schemes the endpoint can offer. */
    public enum Scheme { NEGOTIATE, BASIC }

    public EndpointOptions {
        schemes = schemes.isEmpty() ? EnumSet.noneOf(Scheme.class) : EnumSet.copyOf(schemes);
        password = password.clone();
        if (schemes.isEmpty()) {
            throw new IllegalArgumentException("at least one authentication scheme is needed");
        }
    }

    /** Negotiate only, AllowUnencrypted false, http, no faults: a Windows Server default. */
    public static EndpointOptions windowsDefaults(String user, char[] password) {
        return new EndpointOptions(EnumSet.of(Scheme.NEGOTIATE), user, password, false, null, FaultPlan.NONE,
                Duration.ofSeconds(60));
    }

    public EndpointOptions withSchemes(Set<Scheme> offered) {
        return new EndpointOptions(offered, user, password, allowUnencrypted, tls, faults, contextTtl);
    }

    public EndpointOptions withAllowUnencrypted(boolean allow) {
        return new EndpointOptions(schemes, user, password, allow, tls, faults, contextTtl);
    }

    public EndpointOptions withTls(SSLContext context) {
        return new EndpointOptions(schemes, user, password, allowUnencrypted, context, faults, contextTtl);
    }

    public EndpointOptions withFaults(FaultPlan plan) {
        return new EndpointOptions(schemes, user, password, allowUnencrypted, tls, plan, contextTtl);
    }

    public EndpointOptions withContextTtl(Duration ttl) {
        return new EndpointOptions(schemes, user, password, allowUnencrypted, tls, faults, ttl);
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EndpointOptions other && schemes.equals(other.schemes) && user.equals(other.user)
                && Arrays.equals(password, other.password) && allowUnencrypted == other.allowUnencrypted;
    }

    @Override
    public int hashCode() {
        return schemes.hashCode() * 31 + user.hashCode();
    }

    @Override
    public String toString() {
        return "EndpointOptions[" + schemes + ", user " + user + ", allowUnencrypted " + allowUnencrypted
                + (tls == null ? ", http" : ", https") + ", faults " + faults + "]";
    }
}
