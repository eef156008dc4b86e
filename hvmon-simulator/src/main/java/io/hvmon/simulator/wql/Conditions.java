package io.hvmon.simulator.wql;

import io.hvmon.cim.CimException;
import io.hvmon.cim.CimInstance;
import io.hvmon.cim.CimType;
import io.hvmon.simulator.schema.ClassSchema;
import io.hvmon.simulator.schema.PropertySchema;
import java.math.BigInteger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Predicate;

/**
 * Compiles a WHERE tree into a predicate, checking each comparison against its property's CIM type first, so a bad
 * query fails even when the class has no instances. Semantics follow WMI: strings compare case-insensitively,
 * integers numerically (a numeric string literal included), and a NULL value satisfies no comparison.
 */
final class Conditions {

    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private Conditions() {
    }

    static Predicate<CimInstance> compile(WqlExpr expr, ClassSchema schema) throws CimException {
        return switch (expr) {
            case WqlExpr.And and -> compile(and.left(), schema).and(compile(and.right(), schema));
            case WqlExpr.Or or -> compile(or.left(), schema).or(compile(or.right(), schema));
            case WqlExpr.Not not -> compile(not.operand(), schema).negate();
            case WqlExpr.NullTest test -> {
                String name = property(schema, test.property(), test.position()).name();
                yield test.negated() ? i -> i.value(name) != null : i -> i.value(name) == null;
            }
            case WqlExpr.Comparison c -> comparison(c, schema);
        };
    }

    private static PropertySchema property(ClassSchema schema, String name, int position) throws CimException {
        return schema.property(name).orElseThrow(() -> WqlErrors.at(position,
                "unknown property '" + name + "' of class " + schema.name() + " in the WHERE clause"));
    }

    private static Predicate<CimInstance> comparison(WqlExpr.Comparison c, ClassSchema schema) throws CimException {
        PropertySchema p = property(schema, c.property(), c.position());
        String name = p.name();
        WqlExpr.Operator op = c.operator();
        if (c.literal() instanceof WqlExpr.Literal.Null nul) {
            // WMI reads "X = NULL" as "X IS NULL"
            return switch (op) {
                case EQ -> i -> i.value(name) == null;
                case NE -> i -> i.value(name) != null;
                default -> throw WqlErrors.at(nul.position(), "NULL can only be compared with = or <> (or use IS NULL)");
            };
        }
        if (p.array()) {
            throw WqlErrors.at(c.position(), "array property '" + name + "' can only be tested with IS [NOT] NULL");
        }
        CimType type = p.type();
        if (type.isInteger()) {
            BigInteger expected = integerLiteral(c.literal(), p);
            boolean unsigned = type.isUnsigned();
            return i -> i.value(name) instanceof Long v && op.test(toBig(v, unsigned).compareTo(expected));
        }
        return switch (type) {
            case BOOLEAN -> {
                boolean expected = booleanLiteral(c.literal(), p);
                requireEquality(op, c, p);
                yield i -> i.value(name) instanceof Boolean v && op.test(v == expected ? 0 : 1);
            }
            case STRING, CHAR16 -> {
                String expected = textLiteral(c.literal(), p);
                yield i -> i.value(name) instanceof String v && op.test(String.CASE_INSENSITIVE_ORDER.compare(v, expected));
            }
            case DATETIME -> datetime(c, p);
            case REFERENCE -> {
                String expected = textLiteral(c.literal(), p);
                requireEquality(op, c, p);
                yield i -> i.value(name) != null && op.test(String.CASE_INSENSITIVE_ORDER.compare(i.value(name).toString(), expected));
            }
            default -> throw WqlErrors.at(c.position(), "property '" + name + "' of type " + type.mofName()
                    + " cannot be compared");
        };
    }

    private static Predicate<CimInstance> datetime(WqlExpr.Comparison c, PropertySchema p) throws CimException {
        String text = textLiteral(c.literal(), p);
        Object expected = CimDatetimes.parse(text);
        if (expected == null) {
            throw WqlErrors.at(c.literal().position(), "'" + text + "' is not a datetime for property '" + p.name()
                    + "' (use DMTF yyyymmddHHMMSS.mmmmmmsUUU or ISO 8601)");
        }
        String name = p.name();
        WqlExpr.Operator op = c.operator();
        return i -> switch (i.value(name)) {
            case OffsetDateTime t when expected instanceof OffsetDateTime e -> op.test(t.toInstant().compareTo(e.toInstant()));
            case Duration d when expected instanceof Duration e -> op.test(d.compareTo(e));
            case null, default -> false;
        };
    }

    private static BigInteger integerLiteral(WqlExpr.Literal literal, PropertySchema p) throws CimException {
        return switch (literal) {
            case WqlExpr.Literal.Integer n -> n.value();
            case WqlExpr.Literal.Text t when t.value().strip().matches("-?\\d{1,20}") -> new BigInteger(t.value().strip());
            default -> throw mismatch(literal, p, "an integer");
        };
    }

    private static boolean booleanLiteral(WqlExpr.Literal literal, PropertySchema p) throws CimException {
        return switch (literal) {
            case WqlExpr.Literal.Bool b -> b.value();
            case WqlExpr.Literal.Text t when t.value().equalsIgnoreCase("true") || t.value().equalsIgnoreCase("false") ->
                    Boolean.parseBoolean(t.value());
            case WqlExpr.Literal.Integer n when n.value().signum() >= 0 && n.value().compareTo(BigInteger.ONE) <= 0 ->
                    n.value().signum() == 1;
            default -> throw mismatch(literal, p, "TRUE or FALSE");
        };
    }

    private static String textLiteral(WqlExpr.Literal literal, PropertySchema p) throws CimException {
        return switch (literal) {
            case WqlExpr.Literal.Text t -> t.value();
            case WqlExpr.Literal.Integer n -> n.value().toString();
            default -> throw mismatch(literal, p, "a quoted string");
        };
    }

    private static void requireEquality(WqlExpr.Operator op, WqlExpr.Comparison c, PropertySchema p) throws CimException {
        if (op != WqlExpr.Operator.EQ && op != WqlExpr.Operator.NE) {
            throw WqlErrors.at(c.position(), "property '" + p.name() + "' of type " + p.type().mofName()
                    + " can only be compared with = or <>, not " + op.symbol);
        }
    }

    private static CimException mismatch(WqlExpr.Literal literal, PropertySchema p, String expected) {
        String shown = switch (literal) {
            case WqlExpr.Literal.Text t -> "'" + t.value() + "'";
            case WqlExpr.Literal.Integer n -> n.value().toString();
            case WqlExpr.Literal.Bool b -> b.value() ? "TRUE" : "FALSE";
            case WqlExpr.Literal.Null n -> "NULL";
        };
        return WqlErrors.at(literal.position(), "type mismatch: property '" + p.name() + "' is "
                + p.type().mofName() + ", so it needs " + expected + ", not " + shown);
    }

    private static BigInteger toBig(long value, boolean unsigned) {
        BigInteger big = BigInteger.valueOf(value);
        return unsigned && value < 0 ? big.add(TWO_TO_64) : big;
    }
}
