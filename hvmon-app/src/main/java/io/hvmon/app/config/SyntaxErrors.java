package io.hvmon.app.config;

/**
 * Rewrites jackson-core's parse error messages as short explanations for someone editing config.json. Jackson's
 * wording is matched loosely; anything not recognised becomes a generic "not valid JSON". The rewritten text never
 * repeats a word from the file, since that word could be a misplaced password.
 */
final class SyntaxErrors {

    private SyntaxErrors() {}

    static String explain(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.startsWith("Duplicate")) {
            return "duplicate key (each key may appear only once)";
        }
        if (m.contains("end-of-input")) {
            return m.contains("for Array") ? "unexpected end of the file (an array is not closed: missing ']')"
                    : m.contains("for Object") ? "unexpected end of the file (an object is not closed: missing '}')"
                    : m.contains("quote") ? "unexpected end of the file (a string is not closed: missing '\"')"
                    : "unexpected end of the file (an object, array or string is not closed)";
        }
        if (m.contains("numeric value") || m.contains("Leading zeroes")) {
            return "invalid number (JSON numbers have digits before and after any '.', no leading zeros and no '+')";
        }
        if (m.contains("Unrecognized character escape")) {
            return "invalid escape in a string (a backslash must be doubled, as in \"EXAMPLE\\\\monitor\")";
        }
        if (m.contains("Illegal unquoted character")) {
            return "control character inside a string (write it escaped, for example \\n or \\t)";
        }
        if (m.startsWith("Unexpected close marker")) {
            // Jackson writes this one as "Unexpected close marker '}': ...", without a character code.
            return "unexpected " + (m.contains("']'") ? "']'" : "'}'") + " (it closes nothing that is open)";
        }
        if (m.startsWith("Unexpected character")) {
            return unexpectedCharacter(m);
        }
        if (m.startsWith("Unrecognized token")) {
            return "unexpected word (expected a value: a string in double quotes, a number, true, false, null,"
                    + " an object or an array)";
        }
        if (m.startsWith("Non-standard token")) {
            return "NaN and Infinity are not allowed (JSON numbers are finite)";
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "number has more than " + TreeReader.MAX_NUMBER_LENGTH + " characters";
        }
        if (m.contains("nesting depth")) {
            return "objects and arrays are nested more than " + TreeReader.MAX_DEPTH + " levels deep";
        }
        return "not valid JSON";
    }

    private static String unexpectedCharacter(String m) {
        char c = charOf(m);
        if (c == '/' || c == '#') {
            return "comments are not allowed (config.json is plain JSON)";
        }
        if (c == '\'') {
            return "strings and keys need double quotes, not single quotes";
        }
        String shown = quotedChar(m);
        if (m.contains("double-quote to start field name")) {
            return c == '}' ? "comma before '}' (a trailing comma is not allowed)"
                    : "unexpected " + shown + " (expected a key in double quotes)";
        }
        if (m.contains("comma to separate Object entries")) {
            return "unexpected " + shown + " (expected ',' or '}' after a value in an object)";
        }
        if (m.contains("comma to separate Array entries")) {
            return "unexpected " + shown + " (expected ',' or ']' after a value in an array)";
        }
        if (m.contains("colon to separate")) {
            return "unexpected " + shown + " (expected ':' after the key)";
        }
        if (c == ']' || c == '}') {
            return "unexpected " + shown + " (expected a value; a trailing comma is not allowed)";
        }
        return "unexpected " + shown + " (expected a value: a string in double quotes, a number, true, false, null,"
                + " an object or an array)";
    }

    /** The character Jackson quotes as {@code ('x' (code 120))}; NUL when the message has no such part. */
    private static char charOf(String m) {
        int code = m.indexOf("(code ");
        if (code < 0) {
            return '\0';
        }
        int end = code + 6;
        while (end < m.length() && Character.isDigit(m.charAt(end))) {
            end++;
        }
        try {
            return (char) Integer.parseInt(m.substring(code + 6, end));
        } catch (NumberFormatException e) {
            return '\0';
        }
    }

    private static String quotedChar(String m) {
        char c = charOf(m);
        if (c == '\0') {
            return "character";
        }
        return c < 0x20 || c == 0x7f || Character.isWhitespace(c)
                ? String.format("character U+%04X", (int) c)
                : "'" + c + "'";
    }
}
