package io.hvmon.app.config;

import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import java.nio.file.Path;
import java.util.Objects;

/** Where the API's own certificate comes from ({@code listen.tls}); the files are read when the server starts. */
public sealed interface ServerTls {

    /** A PEM certificate chain (leaf first) and a PKCS#8 PEM private key, RSA or EC. */
    record Pem(Path certificate, Path privateKey) implements ServerTls {
        public Pem {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(privateKey, "privateKey");
        }
    }

    /** A PKCS#12 file and where its password comes from. */
    record Pkcs12(Path file, PasswordSource password) implements ServerTls {
        public Pkcs12 {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(password, "password");
        }
    }
}
