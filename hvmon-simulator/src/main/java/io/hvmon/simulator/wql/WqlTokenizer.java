package io.hvmon.simulator.wql;

import io.hvmon.cim.CimException;
import java.util.ArrayList;
import java.util.List;

/** Splits a WQL query into tokens; refuses characters WQL (as hvmon accepts it) has no use for. */
final class WqlTokenizer {

    private final String text;
    private int pos;

    private WqlTokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) throws CimException {
        return new WqlTokenizer(text).run();
    }

    private List<Token> run() throws CimException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", pos + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() throws CimException {
        int start = pos;
        char c = text.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Token.Kind.IDENT, text.substring(start, pos), start + 1);
        }
        if (Character.isDigit(c) || c == '-' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
            return number(start);
        }
        if (c == '\'' || c == '"') {
            return string(c, start);
        }
        pos++;
        return switch (c) {
            case '(' -> new Token(Token.Kind.LPAREN, "(", start + 1);
            case ')' -> new Token(Token.Kind.RPAREN, ")", start + 1);
            case ',' -> new Token(Token.Kind.COMMA, ",", start + 1);
            case '*' -> new Token(Token.Kind.STAR, "*", start + 1);
            case '=' -> new Token(Token.Kind.OPERATOR, "=", start + 1);
            case '<', '>', '!' -> comparison(c, start);
            default -> throw WqlErrors.at(start + 1, "unexpected character '" + c + "'");
        };
    }

    private Token comparison(char first, int start) throws CimException {
        char second = pos < text.length() ? text.charAt(pos) : 0;
        String op;
        if (second == '=' || first == '<' && second == '>') {
            pos++;
            op = "" + first + second;
        } else if (first == '!') {
            throw WqlErrors.at(start + 1, "unexpected character '!' (did you mean '!='?)");
        } else {
            op = String.valueOf(first);
        }
        return new Token(Token.Kind.OPERATOR, op, start + 1);
    }

    private Token number(int start) throws CimException {
        pos++; // the first digit or the minus sign
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '.'
                || text.charAt(pos) == '_')) {
            throw WqlErrors.at(start + 1, "malformed number '" + text.substring(start, pos + 1)
                    + "' (only decimal integers are supported)");
        }
        return new Token(Token.Kind.INTEGER, text.substring(start, pos), start + 1);
    }

    /** A quoted string; a backslash escapes the quote character or another backslash, as WMI allows. */
    private Token string(char quote, int start) throws CimException {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return new Token(Token.Kind.STRING, value.toString(), start + 1);
            }
            if (c == '\\' && pos < text.length() && (text.charAt(pos) == quote || text.charAt(pos) == '\\')) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        throw WqlErrors.at(start + 1, "unterminated string starting with " + quote);
    }
}
