package io.hvmon.simulator.wql;

import java.math.BigInteger;

/** The WHERE clause as a tree. Property positions are kept for error messages raised when the class is known. */
public sealed interface WqlExpr {

    record And(WqlExpr left, WqlExpr right) implements WqlExpr {
    }

    record Or(WqlExpr left, WqlExpr right) implements WqlExpr {
    }

    record Not(WqlExpr operand) implements WqlExpr {
    }

    /** {@code property op literal}; a literal written first has been moved right and the operator mirrored. */
    record Comparison(String property, int position, Operator operator, Literal literal) implements WqlExpr {
    }

    /** {@code property IS [NOT] NULL}. */
    record NullTest(String property, int position, boolean negated) implements WqlExpr {
    }

    enum Operator {
        EQ("="), NE("<>"), LT("<"), GT(">"), LE("<="), GE(">=");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        static Operator of(String text) {
            return switch (text) {
                case "=" -> EQ;
                case "<>", "!=" -> NE;
                case "<" -> LT;
                case ">" -> GT;
                case "<=" -> LE;
                case ">=" -> GE;
                default -> throw new IllegalArgumentException(text);
            };
        }

        /** The operator that keeps the meaning when the operands swap sides ({@code 5 < X} is {@code X > 5}). */
        Operator mirrored() {
            return switch (this) {
                case LT -> GT;
                case GT -> LT;
                case LE -> GE;
                case GE -> LE;
                default -> this;
            };
        }

        boolean test(int comparison) {
            return switch (this) {
                case EQ -> comparison == 0;
                case NE -> comparison != 0;
                case LT -> comparison < 0;
                case GT -> comparison > 0;
                case LE -> comparison <= 0;
                case GE -> comparison >= 0;
            };
        }
    }

    /** A literal value with where it was written. */
    sealed interface Literal {
        int position();

        record Text(String value, int position) implements Literal {
        }

        record Integer(BigInteger value, int position) implements Literal {
        }

        record Bool(boolean value, int position) implements Literal {
        }

        record Null(int position) implements Literal {
        }
    }
}
