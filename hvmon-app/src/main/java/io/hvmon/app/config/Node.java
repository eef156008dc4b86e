package io.hvmon.app.config;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it was written, so every validation message can point at it. Objects keep
 * their keys in file order.
 */
sealed interface Node {

    /** Longest string or number shown back in a message; the rest is cut off. */
    int MAX_SHOWN = 60;

    Position at();

    /** How this value is shown after "found" in a message. */
    String found();

    /** What kind of value this is, without showing it: for keys whose value may be a secret. */
    default String kind() {
        return switch (this) {
            case ObjectNode o -> "an object";
            case ArrayNode a -> "an array";
            case StringNode s -> s.value().isEmpty() ? "an empty string" : "a string";
            case NumberNode n -> "a number";
            case BooleanNode b -> "a boolean";
            case NullNode n -> "null";
        };
    }

    record ObjectNode(Position at, Map<String, Member> members) implements Node {
        public ObjectNode {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }

        @Override
        public String found() {
            return "an object";
        }
    }

    /** A key with its own position (where "unknown key" points) and its value. */
    record Member(String key, Position keyAt, Node value) {}

    record ArrayNode(Position at, List<Node> elements) implements Node {
        public ArrayNode {
            elements = List.copyOf(elements);
        }

        @Override
        public String found() {
            return "an array";
        }
    }

    record StringNode(Position at, String value) implements Node {
        @Override
        public String found() {
            return quote(value);
        }
    }

    /** A number exactly as written; {@code integral} is false for anything with a fraction or exponent. */
    record NumberNode(Position at, String text, boolean integral) implements Node {
        @Override
        public String found() {
            return cut(text);
        }
    }

    record BooleanNode(Position at, boolean value) implements Node {
        @Override
        public String found() {
            return Boolean.toString(value);
        }
    }

    record NullNode(Position at) implements Node {
        @Override
        public String found() {
            return "null";
        }
    }

    /** The string in double quotes, JSON-escaped, so blanks and control characters are visible. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : cut(value).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String cut(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
    }
}
