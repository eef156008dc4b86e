package io.hvmon.app.config;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Reads typed scalars from the tree. Each method either returns the value or reports a problem saying what was
 * expected and what was found, and returns empty. Nothing is coerced: "15" is not 15, 15.0 is not 15, null is not
 * "use the default".
 */
final class Values {

    private Values() {}

    /** An integer from {@code min} to {@code max}; compared exactly, so 1e400-sized literals cannot overflow. */
    static Optional<Long> integer(Node node, String path, long min, long max, Problems problems) {
        if (node instanceof Node.NumberNode number && number.integral()) {
            BigInteger value = new BigInteger(number.text());
            if (value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0) {
                return Optional.of(value.longValueExact());
            }
        }
        problems.add(node.at(), path, "expected an integer from " + min + " to " + max + ", found " + node.found());
        return Optional.empty();
    }

    /** Any string; {@code expected} describes what the string should be, for the message. */
    static Optional<String> string(Node node, String path, String expected, Problems problems) {
        if (node instanceof Node.StringNode string) {
            return Optional.of(string.value());
        }
        problems.add(node.at(), path, "expected " + expected + ", found " + node.found());
        return Optional.empty();
    }

    /** As {@link #string}, but a wrong value is described only by its kind: it may be a misplaced password. */
    static Optional<String> secretishString(Node node, String path, String expected, Problems problems) {
        if (node instanceof Node.StringNode string) {
            return Optional.of(string.value());
        }
        problems.add(node.at(), path, "expected " + expected + ", found " + node.kind());
        return Optional.empty();
    }

    static Optional<Boolean> bool(Node node, String path, Problems problems) {
        if (node instanceof Node.BooleanNode bool) {
            return Optional.of(bool.value());
        }
        problems.add(node.at(), path, "expected true or false, found " + node.found());
        return Optional.empty();
    }
}
