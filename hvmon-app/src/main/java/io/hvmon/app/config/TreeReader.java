package io.hvmon.app.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns config text into a {@link Node} tree with positions, using jackson-core's streaming parser in strict mode:
 * standard JSON only (no comments, no trailing commas, no single quotes), duplicate keys refused, nesting and
 * number length bounded. Syntax errors become a single {@link ConfigException} line with line:column.
 */
final class TreeReader {

    /** config.json needs 4 levels (root, hosts, host, tls); anything much deeper is a mistake or an attack. */
    static final int MAX_DEPTH = 16;
    static final int MAX_NUMBER_LENGTH = 100;

    // Jackson's own depth limit sits above ours so our clearer message is the one users see.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 8)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();

    private final String text;
    private final String source;
    private final JsonParser parser;

    private TreeReader(String text, String source, JsonParser parser) {
        this.text = text;
        this.source = source;
        this.parser = parser;
    }

    /** Reads exactly one JSON value from {@code text}; {@code source} names the file in messages. */
    static Node read(String text, String source) throws ConfigException {
        if (text.isBlank()) {
            throw new ConfigException(source + ": the file is empty (expected a JSON object, for example {})");
        }
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(text);
            TreeReader reader = new TreeReader(text, source, parser);
            Node root = reader.value(parser.nextToken(), 1, "");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw reader.error(position(parser.currentTokenLocation()),
                        "unexpected content after the end of the top-level value (expected the end of the file)");
            }
            return root;
        } catch (JsonProcessingException e) {
            // Limit violations (number length) come without a location; the parser still knows where it stopped.
            JsonLocation where = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
            Position at = position(where);
            throw new ConfigException(source + ":" + at + ": " + SyntaxErrors.explain(e.getOriginalMessage()));
        } catch (IOException e) {
            // Reading from a String does no I/O; this would be a parser bug, still worth a plain message.
            throw new ConfigException(source + ": cannot be parsed: " + e.getMessage());
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Nothing to release for a String source.
            }
        }
    }

    private Node value(JsonToken token, int depth, String path) throws IOException, ConfigException {
        Position at = position(parser.currentTokenLocation());
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
            throw error(at, "objects and arrays are nested more than " + MAX_DEPTH + " levels deep");
        }
        return switch (token) {
            case START_OBJECT -> object(at, depth, path);
            case START_ARRAY -> array(at, depth, path);
            case VALUE_STRING -> new Node.StringNode(at, parser.getText());
            case VALUE_NUMBER_INT -> new Node.NumberNode(at, parser.getText(), true);
            case VALUE_NUMBER_FLOAT -> new Node.NumberNode(at, parser.getText(), false);
            case VALUE_TRUE -> new Node.BooleanNode(at, true);
            case VALUE_FALSE -> new Node.BooleanNode(at, false);
            case VALUE_NULL -> new Node.NullNode(at);
            default -> throw error(at, "unexpected " + token + " (expected a JSON value)");
        };
    }

    private Node object(Position at, int depth, String path) throws IOException, ConfigException {
        Map<String, Node.Member> members = new LinkedHashMap<>();
        while (true) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JsonProcessingException e) {
                rejectDuplicate(e, members, path);
                throw e;
            }
            if (token == JsonToken.END_OBJECT) {
                return new Node.ObjectNode(at, members);
            }
            String key = parser.currentName();
            Position keyAt = position(parser.currentTokenLocation());
            String keyPath = KeyPath.key(path, key);
            Node value = value(parser.nextToken(), depth + 1, keyPath);
            members.put(key, new Node.Member(key, keyAt, value));
        }
    }

    private Node array(Position at, int depth, String path) throws IOException, ConfigException {
        List<Node> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(value(token, depth + 1, KeyPath.index(path, elements.size())));
        }
        return new Node.ArrayNode(at, elements);
    }

    /**
     * Jackson's duplicate detection fails while reading the second key; turn that into a message with the key's
     * path and where it was first written. Any other failure is left to the caller as a syntax error.
     */
    private void rejectDuplicate(JsonProcessingException e, Map<String, Node.Member> members, String path)
            throws ConfigException, IOException {
        String key = parser.currentName();
        String original = e.getOriginalMessage();
        Node.Member first = key == null ? null : members.get(key);
        if (first != null && original != null && original.startsWith("Duplicate")) {
            throw error(keyStart(e.getLocation()), KeyPath.key(path, key)
                    + ": duplicate key (first written at " + first.keyAt() + "; each key may appear only once)");
        }
    }

    /**
     * Jackson reports a duplicate just past the key's closing quote; step back to its opening quote so the message
     * points where the key starts, as every other message does. Keys cannot span lines, so only the column moves.
     */
    private Position keyStart(JsonLocation afterKey) {
        Position fallback = position(afterKey);
        int close = afterKey == null ? -1 : (int) afterKey.getCharOffset() - 1;
        if (close < 1 || close >= text.length() || text.charAt(close) != '"') {
            return fallback;
        }
        for (int open = close - 1; open >= 0; open--) {
            if (text.charAt(open) == '"' && !escaped(open)) {
                return new Position(fallback.line(), Math.max(1, fallback.column() - (close - open + 1)));
            }
        }
        return fallback;
    }

    private boolean escaped(int quote) {
        int backslashes = 0;
        for (int i = quote - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private ConfigException error(Position at, String message) {
        return new ConfigException(source + ":" + at + ": " + message);
    }

    private static Position position(JsonLocation location) {
        if (location == null) {
            return new Position(1, 1);
        }
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
