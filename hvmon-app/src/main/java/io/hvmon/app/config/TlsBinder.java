package io.hvmon.app.config;

import io.hvmon.app.config.RemoteHostConfig.PasswordSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Validates {@code listen.tls}: either {@code certificate} + {@code private_key} (PEM), or {@code pkcs12} with
 * {@code password_env} or {@code password_file}. Paths are resolved against the config file's directory; the files
 * are read when the server starts.
 */
final class TlsBinder {

    static final List<String> KEYS = List.of("certificate", "private_key", "pkcs12", "password_env", "password_file");

    private final Problems problems;
    private final HostsBinder files;

    TlsBinder(Problems problems, Path baseDir) {
        this.problems = problems;
        this.files = new HostsBinder(problems, baseDir);
    }

    Optional<ServerTls> tls(Node node, String path) {
        Optional<Fields> found = Fields.of(node, path, KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields tls = found.get();
        tls.reportUnknown();
        if (tls.get("pkcs12").isPresent()) {
            for (String pemKey : List.of("certificate", "private_key")) {
                tls.member(pemKey).ifPresent(m -> problems.add(m.keyAt(), tls.pathOf(pemKey),
                        "not allowed with pkcs12; expected either pkcs12 or certificate and private_key"));
            }
            Optional<Path> file = files.file(tls.get("pkcs12").get(), tls.pathOf("pkcs12"),
                    "the path of a PKCS#12 file (.p12, .pfx)", false);
            Optional<PasswordSource> password = files.password(tls);
            if (file.isEmpty() || password.isEmpty() || tls.get("certificate").isPresent()
                    || tls.get("private_key").isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new ServerTls.Pkcs12(file.get(), password.get()));
        }
        for (String passwordKey : List.of("password_env", "password_file")) {
            tls.member(passwordKey).ifPresent(m -> problems.add(m.keyAt(), tls.pathOf(passwordKey),
                    "only used with pkcs12; a PEM private_key is not encrypted (protect it with file permissions)"));
        }
        Optional<Path> certificate = required(tls, "certificate", "the path of a PEM certificate chain");
        Optional<Path> key = required(tls, "private_key", "the path of a PEM private key (PKCS#8)");
        if (certificate.isEmpty() || key.isEmpty() || tls.get("password_env").isPresent()
                || tls.get("password_file").isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ServerTls.Pem(certificate.get(), key.get()));
    }

    private Optional<Path> required(Fields tls, String key, String expected) {
        Optional<Node> node = tls.get(key);
        if (node.isEmpty()) {
            problems.add(tls.at(), tls.pathOf(key), "required key is missing (expected " + expected
                    + "; or use pkcs12 instead of certificate and private_key)");
            return Optional.empty();
        }
        return files.file(node.get(), tls.pathOf(key), expected, false);
    }
}
