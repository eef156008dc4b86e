package io.hvmon.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Validates the top-level {@code kerberos} section. The krb5.conf is checked here, unlike password files: it holds
 * no secret, and a missing one would otherwise surface only as "cannot locate default realm" at the first poll.
 */
final class KerberosBinder {

    static final List<String> KEYS = List.of("krb5_conf");
    private static final String EXPECTED = "the path of a krb5.conf file";

    private final Problems problems;
    private final HostsBinder files;

    KerberosBinder(Problems problems, HostsBinder files) {
        this.problems = problems;
        this.files = files;
    }

    Optional<KerberosConfig> kerberos(Node node, String path) {
        Optional<Fields> found = Fields.of(node, path, KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields kerberos = found.get();
        kerberos.reportUnknown();
        Optional<Optional<Path>> krb5Conf = kerberos.get("krb5_conf")
                .map(n -> krb5Conf(n, kerberos.pathOf("krb5_conf")).map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        return krb5Conf.map(KerberosConfig::new);
    }

    private Optional<Path> krb5Conf(Node node, String path) {
        return files.file(node, path, EXPECTED, false).flatMap(file -> {
            String problem = !Files.exists(file) ? "does not exist"
                    : !Files.isRegularFile(file) ? "is not a file"
                    : !Files.isReadable(file) ? "cannot be read (permissions)" : null;
            if (problem == null) {
                return Optional.of(file);
            }
            problems.add(node.at(), path, "the file " + file + " " + problem + "; expected " + EXPECTED
                    + " this process can read");
            return Optional.empty();
        });
    }
}
