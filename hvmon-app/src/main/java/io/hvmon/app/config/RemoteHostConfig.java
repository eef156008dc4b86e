package io.hvmon.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One Hyper-V host the agentless collector polls over WS-Management. Holds where the password comes from, never the
 * password itself, so this record (and its {@code toString()}) is safe to log.
 *
 * @param user     the account; null only with a Kerberos ticket cache, meaning whoever the cache holds
 * @param password {@link PasswordSource.None} exactly when Kerberos logs on with a keytab or a ticket cache
 * @param kerberos {@link Kerberos#PASSWORD} unless auth is {@link Auth#KERBEROS}
 */
public record RemoteHostConfig(String name, URI url, Auth auth, String user, PasswordSource password, Tls tls,
                               Kerberos kerberos) {

    public static final int MAX_NAME_LENGTH = 255;

    public RemoteHostConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(kerberos, "kerberos");
        if (auth != Auth.KERBEROS && !kerberos.equals(Kerberos.PASSWORD)) {
            throw new IllegalArgumentException("Kerberos settings need auth kerberos, not " + auth.wireName());
        }
        if (kerberos.needsPassword() == password instanceof PasswordSource.None) {
            throw new IllegalArgumentException("a password source is needed exactly when there is no keytab or"
                    + " ticket cache");
        }
        if (user == null && !kerberos.ticketCache()) {
            throw new NullPointerException("user");
        }
    }

    /** A host that logs on with a password. */
    public RemoteHostConfig(String name, URI url, Auth auth, String user, PasswordSource password, Tls tls) {
        this(name, url, auth, user, password, tls, Kerberos.PASSWORD);
    }

    /** The HTTP authentication scheme offered to WinRM. */
    public enum Auth {
        /**
         * Negotiate with NTLM (in hvmon, "negotiate" never means Kerberos). WinRM's default; works over plain http
         * with message encryption; for workgroup hosts and local accounts.
         */
        NEGOTIATE,
        /** Basic: user and password in every request; only sensible over https. */
        BASIC,
        /** Negotiate with Kerberos (SPNEGO, mutual authentication): for domain hosts, and where NTLM is blocked. */
        KERBEROS;

        /** The name used in config.json. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where the password is read from when the collector starts; it is never read while parsing the config. */
    public sealed interface PasswordSource {

        /** The value of an environment variable, e.g. {@code HV01_PASSWORD}. */
        record EnvironmentVariable(String variable) implements PasswordSource {
            public EnvironmentVariable {
                Objects.requireNonNull(variable, "variable");
            }
        }

        /** The contents of a file (a trailing line break is not part of the password). */
        record File(Path path) implements PasswordSource {
            public File {
                Objects.requireNonNull(path, "path");
            }
        }

        /** No password: a Kerberos host whose keys come from a keytab or a ticket cache. Hosts only. */
        record None() implements PasswordSource {
        }
    }

    /**
     * A Kerberos host's service principal and where its user's keys come from when not from a password: a keytab,
     * or a ticket cache (the default one, or {@code cacheFile}).
     *
     * @param spn e.g. {@code HTTP/hv01.example.com}, optionally with {@code @REALM}; empty for {@code HTTP/<url host>}
     */
    public record Kerberos(Optional<String> spn, Optional<Path> keytab, boolean ticketCache, Optional<Path> cacheFile) {

        /** {@code service/host}, optionally {@code @REALM}: letters, digits, '.', '-', '_' in each part. */
        private static final Pattern SPN =
                Pattern.compile("[A-Za-z0-9._-]+/[A-Za-z0-9._-]+(@[A-Za-z0-9._-]+)?");
        private static final int MAX_SPN_LENGTH = 512;

        /** A password and the default SPN: what every host has unless config.json says more. */
        public static final Kerberos PASSWORD = new Kerberos(Optional.empty(), Optional.empty(), false,
                Optional.empty());

        public Kerberos {
            Objects.requireNonNull(spn, "spn");
            Objects.requireNonNull(keytab, "keytab");
            Objects.requireNonNull(cacheFile, "cacheFile");
            if (keytab.isPresent() && ticketCache) {
                throw new IllegalArgumentException("a keytab or a ticket cache, not both");
            }
            if (spn.isPresent() && !isSpn(spn.get())) {
                throw new IllegalArgumentException("not a service principal name: " + spn.get());
            }
            if (cacheFile.isPresent() && !ticketCache) {
                throw new IllegalArgumentException("a cache file is a ticket cache");
            }
        }

        /** Whether {@code text} has the shape of a service principal name, e.g. {@code HTTP/hv01.example.com}. */
        public static boolean isSpn(String text) {
            return text.length() <= MAX_SPN_LENGTH && SPN.matcher(text).matches();
        }

        /** Whether the keys come from a password (no keytab, no ticket cache). */
        public boolean needsPassword() {
            return keytab.isEmpty() && !ticketCache;
        }
    }

    /** Certificate checking for https URLs: on by default, optionally against a CA bundle instead of the JDK's. */
    public record Tls(boolean verify, Optional<Path> caFile) {

        public static final Tls DEFAULT = new Tls(true, Optional.empty());

        public Tls {
            Objects.requireNonNull(caFile, "caFile");
            if (!verify && caFile.isPresent()) {
                throw new IllegalArgumentException("a CA file has no effect when verification is off");
            }
        }
    }
}
