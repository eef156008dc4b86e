package io.hvmon.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One Hyper-V host the agentless collector polls over WS-Management. Holds where the password comes from, never the
 * password itself, so this record (and its {@code toString()}) is safe to log.
 */
public record RemoteHostConfig(String name, URI url, Auth auth, String user, PasswordSource password, Tls tls) {

    public static final int MAX_NAME_LENGTH = 255;

    public RemoteHostConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(tls, "tls");
    }

    /** The HTTP authentication scheme offered to WinRM. */
    public enum Auth {
        /** SPNEGO: NTLM (Kerberos later). WinRM's default; works over plain http with message encryption. */
        NEGOTIATE,
        /** Basic: user and password in every request; only sensible over https. */
        BASIC;

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
