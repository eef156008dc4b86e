package io.hvmon.simulator.wql;

import io.hvmon.cim.CimException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recursive-descent parser for the WQL subset hvmon's readers use:
 * <pre>
 * query      := SELECT ( '*' | ident (',' ident)* ) FROM ident [ WHERE or ] END
 * or         := and ( OR and )*
 * and        := unary ( AND unary )*
 * unary      := NOT unary | '(' or ')' | comparison
 * comparison := operand op operand | ident IS [NOT] NULL      (exactly one operand a property)
 * </pre>
 * Everything else is refused with the offending token and its position. Input length and nesting are capped.
 */
public final class WqlParser {

    /** Longer queries are refused: hvmon's own are far shorter, and a cap keeps hostile input cheap. */
    public static final int MAX_LENGTH = 8192;
    /** Deepest nesting of parentheses and NOTs accepted (the parser recurses once per level). */
    public static final int MAX_DEPTH = 32;

    private static final Set<String> RESERVED = Set.of(
            "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IS", "NULL", "TRUE", "FALSE", "LIKE", "ISA", "OF",
            "ASSOCIATORS", "REFERENCES", "GROUP", "HAVING", "WITHIN", "BY", "ORDER");

    private static final Pattern ASSOCIATION =
            Pattern.compile("\\s*(associators|references)\\b", Pattern.CASE_INSENSITIVE);

    private final List<Token> tokens;
    private int index;
    private int depth;

    private WqlParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static WqlQuery parse(String wql) throws CimException {
        if (wql == null || wql.isBlank()) {
            throw WqlErrors.general("the query is empty");
        }
        if (wql.length() > MAX_LENGTH) {
            throw WqlErrors.general("the query is " + wql.length() + " characters long; at most " + MAX_LENGTH
                    + " are accepted");
        }
        // checked before tokenizing: their {object paths} are not tokens of the supported subset
        Matcher association = ASSOCIATION.matcher(wql);
        if (association.lookingAt()) {
            throw WqlErrors.at(association.start(1) + 1, association.group(1).toUpperCase(Locale.ROOT)
                    + " OF queries are not supported");
        }
        return new WqlParser(WqlTokenizer.tokenize(wql)).query();
    }

    private WqlQuery query() throws CimException {
        Token first = peek();
        if (first.isKeyword("ASSOCIATORS") || first.isKeyword("REFERENCES")) {
            throw WqlErrors.at(first, first.text().toUpperCase() + " OF queries are not supported");
        }
        expectKeyword("SELECT");
        List<WqlQuery.Selected> properties = new ArrayList<>();
        if (peek().kind() == Token.Kind.STAR) {
            next();
        } else {
            do {
                Token name = identifier("a property name or '*'");
                properties.add(new WqlQuery.Selected(name.text(), name.position()));
            } while (accept(Token.Kind.COMMA));
        }
        expectKeyword("FROM");
        Token className = identifier("a class name");
        WqlExpr where = null;
        if (peek().isKeyword("WHERE")) {
            next();
            where = or();
        }
        Token end = peek();
        if (end.kind() != Token.Kind.END) {
            throw unexpected(end, where == null ? "WHERE or the end of the query" : "AND, OR or the end of the query");
        }
        return new WqlQuery(className.text(), className.position(), properties, where);
    }

    private WqlExpr or() throws CimException {
        WqlExpr left = and();
        while (peek().isKeyword("OR")) {
            next();
            left = new WqlExpr.Or(left, and());
        }
        return left;
    }

    private WqlExpr and() throws CimException {
        WqlExpr left = unary();
        while (peek().isKeyword("AND")) {
            next();
            left = new WqlExpr.And(left, unary());
        }
        return left;
    }

    private WqlExpr unary() throws CimException {
        Token token = peek();
        if (++depth > MAX_DEPTH) {
            throw WqlErrors.at(token, "the condition is nested more than " + MAX_DEPTH + " levels deep");
        }
        try {
            if (token.isKeyword("NOT")) {
                next();
                return new WqlExpr.Not(unary());
            }
            if (token.kind() == Token.Kind.LPAREN) {
                next();
                WqlExpr inner = or();
                Token close = next();
                if (close.kind() != Token.Kind.RPAREN) {
                    throw unexpected(close, "')'");
                }
                return inner;
            }
            return comparison();
        } finally {
            depth--;
        }
    }

    private WqlExpr comparison() throws CimException {
        Token left = operand();
        Token op = next();
        if (op.isKeyword("IS")) {
            if (left.kind() != Token.Kind.IDENT) {
                throw WqlErrors.at(left, "IS NULL needs a property on its left, found " + left.describe());
            }
            boolean negated = peek().isKeyword("NOT");
            if (negated) {
                next();
            }
            Token nul = next();
            if (!nul.isKeyword("NULL")) {
                throw unexpected(nul, "NULL after IS" + (negated ? " NOT" : ""));
            }
            return new WqlExpr.NullTest(left.text(), left.position(), negated);
        }
        if (op.isKeyword("LIKE") || op.isKeyword("ISA")) {
            throw WqlErrors.at(op, "the " + op.text().toUpperCase() + " operator is not supported");
        }
        if (op.kind() != Token.Kind.OPERATOR) {
            throw unexpected(op, "a comparison operator (=, <>, !=, <, >, <=, >=) or IS");
        }
        Token right = operand();
        boolean leftIsProperty = left.kind() == Token.Kind.IDENT;
        boolean rightIsProperty = right.kind() == Token.Kind.IDENT;
        if (leftIsProperty == rightIsProperty) {
            throw WqlErrors.at(left, leftIsProperty
                    ? "comparing two properties (" + left.text() + ", " + right.text() + ") is not supported"
                    : "a comparison needs a property on one side, found " + left.describe() + " and " + right.describe());
        }
        WqlExpr.Operator operator = WqlExpr.Operator.of(op.text());
        return leftIsProperty
                ? new WqlExpr.Comparison(left.text(), left.position(), operator, literal(right))
                : new WqlExpr.Comparison(right.text(), right.position(), operator.mirrored(), literal(left));
    }

    /** A property name or a literal; TRUE, FALSE and NULL arrive as identifiers and leave as LITERAL tokens. */
    private Token operand() throws CimException {
        Token token = next();
        switch (token.kind()) {
            case STRING, INTEGER -> {
                return token;
            }
            case IDENT -> {
                if (peek().kind() == Token.Kind.LPAREN) {
                    throw WqlErrors.at(token, "functions are not supported ('" + token.text() + "(')");
                }
                if (isLiteralKeyword(token)) {
                    return new Token(Token.Kind.LITERAL, token.text(), token.position());
                }
                if (RESERVED.contains(token.text().toUpperCase(Locale.ROOT))) {
                    throw unexpected(token, "a property or a literal");
                }
                return token;
            }
            default -> throw unexpected(token, "a property or a literal");
        }
    }

    private static boolean isLiteralKeyword(Token token) {
        return token.isKeyword("TRUE") || token.isKeyword("FALSE") || token.isKeyword("NULL");
    }

    private WqlExpr.Literal literal(Token token) throws CimException {
        return switch (token.kind()) {
            case STRING -> new WqlExpr.Literal.Text(token.text(), token.position());
            case INTEGER -> new WqlExpr.Literal.Integer(new BigInteger(token.text()), token.position());
            default -> token.text().equalsIgnoreCase("NULL") ? new WqlExpr.Literal.Null(token.position())
                    : new WqlExpr.Literal.Bool(token.text().equalsIgnoreCase("TRUE"), token.position());
        };
    }

    private Token identifier(String expected) throws CimException {
        Token token = next();
        if (token.kind() != Token.Kind.IDENT || RESERVED.contains(token.text().toUpperCase(Locale.ROOT))) {
            throw unexpected(token, expected);
        }
        return token;
    }

    private void expectKeyword(String keyword) throws CimException {
        Token token = next();
        if (!token.isKeyword(keyword)) {
            throw unexpected(token, keyword);
        }
    }

    private boolean accept(Token.Kind kind) {
        if (peek().kind() == kind) {
            index++;
            return true;
        }
        return false;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        Token token = tokens.get(index);
        if (token.kind() != Token.Kind.END) {
            index++;
        }
        return token;
    }

    private static CimException unexpected(Token token, String expected) {
        return WqlErrors.at(token, "expected " + expected + ", found " + token.describe());
    }
}
