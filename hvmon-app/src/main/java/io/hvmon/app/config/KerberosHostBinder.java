package io.hvmon.app.config;

import io.hvmon.app.config.RemoteHostConfig.Auth;
import io.hvmon.app.config.RemoteHostConfig.Kerberos;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A host's Kerberos keys (spn, keytab, ticket_cache): valid only with auth "kerberos". */
final class KerberosHostBinder {

    static final List<String> KEYS = List.of("spn", "keytab", "ticket_cache");
    static final String SPN_EXPECTED = "a service principal name such as \"HTTP/hv01.example.com\" or"
            + " \"HTTP/hv01.example.com@EXAMPLE.COM\" (service/host, optionally @REALM)";
    private static final String CACHE_EXPECTED = "true (the default ticket cache) or the path of a ticket cache file";

    private final Problems problems;
    private final HostsBinder files;

    KerberosHostBinder(Problems problems, HostsBinder files) {
        this.problems = problems;
        this.files = files;
    }

    /**
     * The host's Kerberos settings. With another auth each key that is set is refused; with an unknown auth
     * (already reported) they are not judged.
     */
    Optional<Kerberos> kerberos(Fields host, Optional<Auth> auth) {
        if (auth.isEmpty()) {
            return Optional.empty();
        }
        if (auth.get() != Auth.KERBEROS) {
            boolean none = true;
            for (String key : KEYS) {
                Optional<Node.Member> member = host.member(key);
                if (member.isPresent()) {
                    problems.add(member.get().keyAt(), host.pathOf(key), "only applies to auth \"kerberos\""
                            + " (this host has auth \"" + auth.get().wireName() + "\"); expected it removed,"
                            + " or auth \"kerberos\"");
                    none = false;
                }
            }
            return none ? Optional.of(Kerberos.PASSWORD) : Optional.empty();
        }
        Optional<Optional<String>> spn = optional(host, "spn", this::spn);
        Optional<Optional<Path>> keytab = optional(host, "keytab",
                (node, path) -> files.file(node, path, "the path of a keytab file", false));
        Optional<Optional<Optional<Path>>> cache = optional(host, "ticket_cache", this::ticketCache);
        if (spn.isEmpty() || keytab.isEmpty() || cache.isEmpty()) {
            return Optional.empty();
        }
        if (keytab.get().isPresent() && cache.get().isPresent()) {
            return Optional.empty(); // two credential sources: HostsBinder reports it with the password keys
        }
        return Optional.of(new Kerberos(spn.get(), keytab.get(), cache.get().isPresent(),
                cache.get().flatMap(file -> file)));
    }

    private interface Reader<T> {
        Optional<T> read(Node node, String path);
    }

    /** Empty when the key is set but wrong; otherwise the value, or empty inside when the key is not set. */
    private static <T> Optional<Optional<T>> optional(Fields host, String key, Reader<T> reader) {
        return host.get(key).map(node -> reader.read(node, host.pathOf(key)).map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
    }

    private Optional<String> spn(Node node, String path) {
        return Values.string(node, path, SPN_EXPECTED, problems).flatMap(text -> {
            if (Kerberos.isSpn(text)) {
                return Optional.of(text);
            }
            problems.add(node.at(), path, "expected " + SPN_EXPECTED + ", found " + node.found());
            return Optional.empty();
        });
    }

    /** {@code true} → the default cache (KRB5CCNAME, else /tmp/krb5cc_UID); a string → that cache file. */
    private Optional<Optional<Path>> ticketCache(Node node, String path) {
        if (node instanceof Node.BooleanNode bool && bool.value()) {
            return Optional.of(Optional.empty());
        }
        if (node instanceof Node.StringNode) {
            return files.file(node, path, "the path of a ticket cache file", false).map(Optional::of);
        }
        problems.add(node.at(), path, "expected " + CACHE_EXPECTED + ", found " + node.found()
                + (node instanceof Node.BooleanNode ? " (for no ticket cache, remove the key)" : ""));
        return Optional.empty();
    }
}
