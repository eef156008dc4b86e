package io.hvmon.simulator.wql;

/**
 * One WQL token.
 *
 * @param kind     what it is
 * @param text     the identifier, operator or literal text (string literals unescaped)
 * @param position 1-based character position in the query
 */
record Token(Kind kind, String text, int position) {

    enum Kind { IDENT, STRING, INTEGER, LITERAL, OPERATOR, LPAREN, RPAREN, COMMA, STAR, END }

    boolean isKeyword(String keyword) {
        return (kind == Kind.IDENT || kind == Kind.LITERAL) && text.equalsIgnoreCase(keyword);
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case END -> "the end of the query";
            case STRING -> "string '" + text + "'";
            default -> "'" + text + "'";
        };
    }
}
