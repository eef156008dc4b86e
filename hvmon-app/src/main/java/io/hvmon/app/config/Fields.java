package io.hvmon.app.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The keys of one config object: looks them up by name and reports any key the object does not know. */
final class Fields {

    private final Node.ObjectNode object;
    private final String path;
    private final List<String> known;
    private final Problems problems;
    private final Set<String> refused = new HashSet<>();

    private Fields(Node.ObjectNode object, String path, List<String> known, Problems problems) {
        this.object = object;
        this.path = path;
        this.known = known;
        this.problems = problems;
    }

    /**
     * The object at {@code path} with the given keys; empty (with a problem reported) when the value is not an
     * object. Unknown keys are reported by {@link #reportUnknown()}.
     */
    static Optional<Fields> of(Node node, String path, List<String> known, Problems problems) {
        if (node instanceof Node.ObjectNode object) {
            return Optional.of(new Fields(object, path, known, problems));
        }
        problems.add(node.at(), path, "expected an object (keys: " + String.join(", ", known) + "), found "
                + node.found());
        return Optional.empty();
    }

    Position at() {
        return object.at();
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return KeyPath.key(path, key);
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(object.members().get(key)).map(Node.Member::value);
    }

    Optional<Node.Member> member(String key) {
        return Optional.ofNullable(object.members().get(key));
    }

    /** Refuses a key with a specific message instead of "unknown key"; its value is never shown. */
    void refuse(String key, String message) {
        member(key).ifPresent(m -> {
            refused.add(key);
            problems.add(m.keyAt(), pathOf(key), message);
        });
    }

    void reportUnknown() {
        for (Node.Member member : object.members().values()) {
            String key = member.key();
            if (known.contains(key) || refused.contains(key)) {
                continue;
            }
            String message = "unknown key (expected one of: " + String.join(", ", known) + ")"
                    + Suggestions.closest(key, known).map(s -> "; did you mean '" + s + "'?").orElse("");
            problems.add(member.keyAt(), pathOf(key), message);
        }
    }
}
