package org.chainrule.io.expr;

import java.util.List;
import java.util.stream.Collectors;
import org.chainrule.ops.Numbers;

/**
 * The parsed form of an expression, before it becomes a graph. Every part remembers the 1-based column
 * it starts at (for error messages) and its height (for the depth guard). {@link #show()} writes the
 * tree fully bracketed in prefix form, e.g. {@code (+ a (* b c))}, which is what the precedence tests read.
 */
public sealed interface Ast {
    /** The column this part starts at (for a binary operation, the start of its left side). */
    int column();

    int height();

    String show();

    /** A number as typed. */
    record Num(double value, String text, int column) implements Ast {
        public int height() { return 1; }
        public String show() { return Numbers.exact(value); }
    }

    /** An identifier: a node of the graph. */
    record Var(String name, int column) implements Ast {
        public int height() { return 1; }
        public String show() { return name; }
    }

    /** Unary minus. */
    record Neg(Ast operand, int column) implements Ast {
        public int height() { return operand.height() + 1; }
        public String show() { return "(neg " + operand.show() + ")"; }
    }

    /** {@code + - * / @}, with the operator as its character ({@code @}: the matrix product). */
    record Binary(char op, Ast left, Ast right, int column) implements Ast {
        public int height() { return Math.max(left.height(), right.height()) + 1; }
        public String show() { return "(" + op + " " + left.show() + " " + right.show() + ")"; }
    }

    /** {@code base ^ exponent} (also written {@code **}). */
    record Power(Ast base, Ast exponent, int column) implements Ast {
        public int height() { return Math.max(base.height(), exponent.height()) + 1; }
        public String show() { return "(^ " + base.show() + " " + exponent.show() + ")"; }
    }

    /** A call of a function by name; {@code column} is the name's. */
    record Call(String name, List<Ast> args, int column) implements Ast {
        public Call {
            args = List.copyOf(args);
        }
        public int height() {
            int h = 0;
            for (Ast a : args) h = Math.max(h, a.height());
            return h + 1;
        }
        public String show() {
            return "(" + name + (args.isEmpty() ? "" : " ")
                    + args.stream().map(Ast::show).collect(Collectors.joining(" ")) + ")";
        }
    }
}
