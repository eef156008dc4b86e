package io.hvmon.wsman.kerberos;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.kerberos.KerberosTicket;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Logs on to the KDC with the JDK's Krb5LoginModule, configured in code (no jaas.conf to ship or get wrong), and
 * keeps the resulting TGT until shortly before it expires. Thread-safe; {@link #shared} gives one per identity.
 */
public final class KerberosLogin {

    private static final String MODULE = "com.sun.security.auth.module.Krb5LoginModule";
    /** Log on afresh this long before the TGT ends, so that no request starts with a ticket about to expire. */
    private static final Duration RENEW_MARGIN = Duration.ofMinutes(5);

    /** Logins by credentials, so that new sessions to a host (after a failure, say) reuse its TGT. */
    private static final Map<KerberosCredentials, KerberosLogin> SHARED = new java.util.LinkedHashMap<>(16, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<KerberosCredentials, KerberosLogin> eldest) {
            return size() > 1024; // far more identities than any configuration has
        }
    };

    private final KerberosCredentials credentials;
    private final Clock clock;
    private Subject subject;
    private Instant validUntil = Instant.MIN;

    public KerberosLogin(KerberosCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The login of these credentials shared by all sessions of this process. */
    public static KerberosLogin shared(KerberosCredentials credentials) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(credentials, c -> new KerberosLogin(c, Clock.systemUTC()));
        }
    }

    public KerberosCredentials credentials() {
        return credentials;
    }

    /** The logged-on subject, logging on (again) when there is none or its TGT is about to end. */
    public synchronized Subject subject() throws KerberosException {
        if (subject == null || !clock.instant().isBefore(validUntil)) {
            subject = login(credentials, false);
            validUntil = tgtEnd(subject).minus(RENEW_MARGIN);
        }
        return subject;
    }

    /** Forgets the TGT: the next {@link #subject()} logs on again (after the host refused a ticket, say). */
    public synchronized void forget() {
        subject = null;
    }

    /**
     * Logs on once. {@code acceptor} true logs on as a service from its keytab (the simulator), which needs no KDC
     * at all: the keys are in the keytab.
     */
    static Subject login(KerberosCredentials credentials, boolean acceptor) throws KerberosException {
        Krb5Config.apply();
        if (credentials instanceof KerberosCredentials.Keytab k && !Files.isReadable(k.keytab())) {
            throw new KerberosException(KerberosException.Kind.SETUP, "cannot read the keytab " + k.keytab()
                    + ": check the path and that the account running hvmon may read it", null);
        }
        Subject subject = new Subject();
        try {
            LoginContext context = new LoginContext("hvmon", subject, new PasswordHandler(credentials),
                    new InCode(options(credentials, acceptor)));
            context.login();
            return subject;
        } catch (LoginException e) {
            throw KerberosProblems.login(credentials, e);
        }
    }

    private static Map<String, String> options(KerberosCredentials credentials, boolean acceptor) {
        Map<String, String> options = new HashMap<>();
        options.put("refreshKrb5Config", "true"); // krb5.conf may have changed since the last logon
        options.put("isInitiator", Boolean.toString(!acceptor));
        switch (credentials) {
            case KerberosCredentials.Password p -> {
                options.put("principal", p.principal());
                options.put("useTicketCache", "false");
            }
            case KerberosCredentials.Keytab k -> {
                options.put("principal", k.principal());
                options.put("useKeyTab", "true");
                options.put("keyTab", k.keytab().toString());
                options.put("storeKey", "true");
                options.put("doNotPrompt", "true");
            }
            case KerberosCredentials.TicketCache t -> {
                options.put("useTicketCache", "true");
                options.put("doNotPrompt", "true");
                options.put("renewTGT", "true");
                if (t.principal() != null) {
                    options.put("principal", t.principal());
                }
                if (t.cache() != null) {
                    options.put("ticketCache", t.cache().toString());
                }
            }
        }
        return options;
    }

    private static Instant tgtEnd(Subject subject) {
        return subject.getPrivateCredentials(KerberosTicket.class).stream()
                .filter(t -> t.getServer().getName().startsWith("krbtgt/"))
                .map(t -> t.getEndTime().toInstant())
                .min(Instant::compareTo)
                .orElse(Instant.MAX); // an acceptor holds keys, not tickets
    }

    /** The single JAAS entry, built in code. */
    private static final class InCode extends Configuration {
        private final AppConfigurationEntry[] entries;

        InCode(Map<String, String> options) {
            entries = new AppConfigurationEntry[] {new AppConfigurationEntry(MODULE,
                    AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
        }

        @Override
        public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
            return entries;
        }
    }

    /** Answers the login module's questions with the configured principal and password; nothing else is asked. */
    private record PasswordHandler(KerberosCredentials credentials) implements CallbackHandler {
        @Override
        public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
            for (Callback callback : callbacks) {
                if (callback instanceof NameCallback name && credentials.principal() != null) {
                    name.setName(credentials.principal());
                } else if (callback instanceof PasswordCallback password
                        && credentials instanceof KerberosCredentials.Password p) {
                    char[] chars = p.password();
                    password.setPassword(chars);
                    java.util.Arrays.fill(chars, '\0');
                } else {
                    throw new UnsupportedCallbackException(callback, "hvmon does not prompt");
                }
            }
        }
    }
}
