package io.hvmon.app.config;

import io.hvmon.app.http.ConnectionLimits;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Validates {@code listen}: where the API listens, its certificate, and how many connections it keeps (in all, and
 * from one client address, which may not exceed the first).
 */
final class ListenBinder {

    static final List<String> KEYS = List.of("address", "port", "tls", "max_connections",
            "max_connections_per_client");

    private final Problems problems;
    private final Path baseDir;

    ListenBinder(Problems problems, Path baseDir) {
        this.problems = problems;
        this.baseDir = baseDir;
    }

    Optional<HvmonConfig.Listen> listen(Node node) {
        Optional<Fields> found = Fields.of(node, "listen", KEYS, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fields listen = found.get();
        listen.reportUnknown();
        Optional<String> address = listen.get("address").map(value -> address(value, listen.pathOf("address")))
                .orElse(Optional.of(HvmonConfig.Listen.DEFAULT_ADDRESS));
        // Port 0 (any free port) only makes sense for tests, which set it through HvmonConfig.withListenPort.
        Optional<Long> port = listen.get("port").map(value -> Values.integer(value, listen.pathOf("port"), 1, 65535,
                problems)).orElse(Optional.of((long) HvmonConfig.Listen.DEFAULT_PORT));
        Optional<Optional<ServerTls>> tls = listen.get("tls")
                .map(value -> new TlsBinder(problems, baseDir).tls(value, listen.pathOf("tls")).map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
        Optional<Node> maxNode = listen.get("max_connections");
        Optional<Node> perClientNode = listen.get("max_connections_per_client");
        Optional<Long> max = count(maxNode, listen.pathOf("max_connections"), ConnectionLimits.DEFAULT_MAX_CONNECTIONS);
        Optional<Long> perClient = count(perClientNode, listen.pathOf("max_connections_per_client"),
                ConnectionLimits.DEFAULT_MAX_PER_CLIENT);
        if (address.isEmpty() || port.isEmpty() || tls.isEmpty() || max.isEmpty() || perClient.isEmpty()) {
            return Optional.empty();
        }
        if (perClient.get() > max.get()) {
            // Point at whichever of the two the file sets; the other one is a default.
            Node at = perClientNode.orElseGet(maxNode::orElseThrow);
            problems.add(at.at(), perClientNode.isPresent() ? listen.pathOf("max_connections_per_client")
                    : listen.pathOf("max_connections"), "max_connections_per_client (" + perClient.get()
                    + (perClientNode.isPresent() ? "" : " by default") + ") is more than max_connections ("
                    + max.get() + (maxNode.isPresent() ? "" : " by default") + "); expected it to be at most that");
            return Optional.empty();
        }
        return Optional.of(new HvmonConfig.Listen(address.get(), port.get().intValue(), tls.get(),
                max.get().intValue(), perClient.get().intValue()));
    }

    private Optional<Long> count(Optional<Node> node, String path, int byDefault) {
        return node.map(value -> Values.integer(value, path, 1, ConnectionLimits.MAX_CONNECTIONS_LIMIT, problems))
                .orElse(Optional.of((long) byDefault));
    }

    private Optional<String> address(Node node, String path) {
        String expected = "an IP address (such as 0.0.0.0, 127.0.0.1, :: or ::1) or a host name";
        Optional<String> text = Values.string(node, path, expected, problems);
        if (text.isPresent() && !AddressSyntax.isValid(text.get())) {
            problems.add(node.at(), path, "expected " + expected + ", found " + node.found());
            return Optional.empty();
        }
        return text;
    }
}
