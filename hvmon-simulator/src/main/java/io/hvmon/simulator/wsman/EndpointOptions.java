package io.hvmon.simulator.wsman;

import io.hvmon.wsman.kerberos.KerberosAcceptor;

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
 * @param kerberos         the host's service keys, when {@link Scheme#KERBEROS} is offered; else null
 * @param cbtHardening     the TLS channel binding check over https (Windows' default: relaxed)
 */
public record EndpointOptions(Set<Scheme> schemes, String user, char[] password, boolean allowUnencrypted,
                              SSLContext tls, FaultPlan faults, Duration contextTtl, KerberosAcceptor kerberos,
                              CbtHardening cbtHardening) {

    /**
     * HTTP authentication schemes the endpoint can offer: Negotiate with NTLM, Basic, and Kerberos (SPNEGO or raw
     * Kerberos under {@code Negotiate}, and the {@code Kerberos} scheme), as a domain-joined host does.
     */
    public enum Scheme { NEGOTIATE, BASIC, KERBEROS }

    public EndpointOptions {
        schemes = schemes.isEmpty() ? EnumSet.noneOf(Scheme.class) : EnumSet.copyOf(schemes);
        password = password.clone();
        if (schemes.isEmpty()) {
            throw new IllegalArgumentException("at least one authentication scheme is needed");
        }
        cbtHardening = cbtHardening == null ? CbtHardening.RELAXED : cbtHardening;
        if (schemes.contains(Scheme.KERBEROS) && kerberos == null) {
            throw new IllegalArgumentException("Kerberos needs the host's keys (a keytab and its principal)");
        }
    }

    /** Negotiate only, AllowUnencrypted false, http, no faults: a Windows Server default. */
    public static EndpointOptions windowsDefaults(String user, char[] password) {
        return new EndpointOptions(EnumSet.of(Scheme.NEGOTIATE), user, password, false, null, FaultPlan.NONE,
                Duration.ofSeconds(60), null, CbtHardening.RELAXED);
    }

    public EndpointOptions withSchemes(Set<Scheme> offered) {
        return new EndpointOptions(offered, user, password, allowUnencrypted, tls, faults, contextTtl, kerberos, cbtHardening);
    }

    public EndpointOptions withAllowUnencrypted(boolean allow) {
        return new EndpointOptions(schemes, user, password, allow, tls, faults, contextTtl, kerberos, cbtHardening);
    }

    public EndpointOptions withTls(SSLContext context) {
        return new EndpointOptions(schemes, user, password, allowUnencrypted, context, faults, contextTtl, kerberos, cbtHardening);
    }

    public EndpointOptions withFaults(FaultPlan plan) {
        return new EndpointOptions(schemes, user, password, allowUnencrypted, tls, plan, contextTtl, kerberos, cbtHardening);
    }

    public EndpointOptions withContextTtl(Duration ttl) {
        return new EndpointOptions(schemes, user, password, allowUnencrypted, tls, faults, ttl, kerberos, cbtHardening);
    }

    /** Offers Kerberos too, with the host's service keys. */
    public EndpointOptions withKerberos(KerberosAcceptor acceptor, Set<Scheme> offered) {
        return new EndpointOptions(offered, user, password, allowUnencrypted, tls, faults, contextTtl, acceptor, cbtHardening);
    }

    public EndpointOptions withCbtHardening(CbtHardening level) {
        return new EndpointOptions(schemes, user, password, allowUnencrypted, tls, faults, contextTtl, kerberos, level);
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
                + (tls == null ? ", http" : ", https, CbtHardeningLevel " + cbtHardening) + ", faults " + faults + "]";
    }
}
