package org.chainrule.io.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses an exam formula into an {@link Ast} by precedence climbing.
 *
 * <p>Precedence, loosest first: {@code + -} (left), {@code * / @} (left, {@code @} the matrix product as in
 * numpy), unary minus, {@code ^} and
 * {@code **} (right). So {@code -x^2} is {@code -(x^2)}, {@code 2^3^2} is {@code 2^(3^2)} and
 * {@code 2^-x} is {@code 2^(-x)}. Calls name a function of {@link Functions}; an identifier not
 * followed by {@code (} is a variable, and a function's name cannot be one.
 *
 * <p>The parser recurses once per nesting level; both the nesting and the height of the resulting tree
 * are capped at {@link #MAX_DEPTH}, which ends the parse with a clean error long before the Java stack
 * would run out.
 */
public final class ExpressionParser {
    /** Deepest nesting an expression may have. */
    public static final int MAX_DEPTH = 1000;

    /** How tightly an operator binds, loosest first. */
    private enum Binding {
        ADDITIVE, MULTIPLICATIVE, UNARY, POWER;

        /** The next tighter binding (the operands of a left-associative operator bind at least this tightly). */
        Binding tighter() { return values()[ordinal() + 1]; }
    }

    private final String source;
    /** The functions a file defines, by name: how many arguments each takes. */
    private final java.util.Map<String, Integer> defined;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    private ExpressionParser(String source, java.util.Map<String, Integer> defined) {
        this.source = source;
        this.defined = defined;
        this.tokens = Lexer.tokens(source);
    }

    /**
     * An expression with an optional name for its result: {@code y = max(w*x, 0)}.
     *
     * @param name the name before {@code =}, or null
     * @param nameColumn its column (1 when there is none)
     */
    public record Equation(String name, int nameColumn, Ast expression) {}

    /** Parses the whole text; throws {@link ExpressionException} with the column of the first mistake. */
    public static Ast parse(String text) {
        return parseEquation(text).expression();
    }

    /** Parses {@code [NAME =] EXPR}; throws {@link ExpressionException} with the column of the first mistake. */
    public static Equation parseEquation(String text) {
        return parseEquation(text, java.util.Map.of());
    }

    /**
     * Parses {@code [NAME =] EXPR} where the functions a file defines may be called too ({@code defined}:
     * name → number of arguments).
     */
    public static Equation parseEquation(String text, java.util.Map<String, Integer> defined) {
        if (text == null) throw new ExpressionException("", 1, "no expression given");
        ExpressionParser p = new ExpressionParser(text, defined);
        if (p.peek().kind() == Token.Kind.END) throw new ExpressionException(text, 1, "the expression is empty");
        String name = null;
        int nameColumn = 1;
        if (p.tokens.size() > 2 && p.peek().kind() == Token.Kind.IDENT && p.tokens.get(1).kind() == Token.Kind.EQUALS) {
            Token t = p.next();
            if (p.isFunction(t.text())) throw p.error(t.column(), "'" + t.text() + "' is a function, not a name for the result");
            name = t.text();
            nameColumn = t.column();
            p.next();
        }
        Ast a = p.expression(Binding.ADDITIVE);
        Token t = p.peek();
        if (t.kind() != Token.Kind.END) {
            String why = t.kind() == Token.Kind.RPAREN ? "unmatched ')'" : "unexpected " + t.describe() + " (missing operator?)";
            throw p.error(t.column(), why);
        }
        return new Equation(name, nameColumn, a);
    }

    private Ast expression(Binding loosest) {
        enter();
        Ast left = prefix();
        while (true) {
            Token t = peek();
            Binding prec = binding(t.kind());
            if (prec == null || prec.compareTo(loosest) < 0) break;
            next();
            // ^ is right-associative and its right side may start with a sign (2^-x): it reads a unary
            // operand, which may hold another ^; + - * / are left-associative
            Ast right = t.kind() == Token.Kind.POWER ? expression(Binding.UNARY) : expression(prec.tighter());
            left = t.kind() == Token.Kind.POWER
                    ? new Ast.Power(left, right, left.column())
                    : new Ast.Binary(symbol(t.kind()), left, right, left.column());
            checkHeight(left);
        }
        depth--;
        return left;
    }

    /** An operand, with any unary signs in front of it. */
    private Ast prefix() {
        Token t = peek();
        switch (t.kind()) {
            case MINUS: {
                next();
                enter();
                // unary minus binds looser than ^ and tighter than * : -x^2 = -(x^2), -x*y = (-x)*y
                Ast operand = expression(Binding.POWER);
                depth--;
                Ast neg = new Ast.Neg(operand, t.column());
                checkHeight(neg);
                return neg;
            }
            case PLUS: {
                next();
                enter();
                Ast operand = expression(Binding.POWER);
                depth--;
                return operand;
            }
            case NUMBER:
                next();
                return new Ast.Num(t.number(), t.text(), t.column());
            case IDENT:
                next();
                if (peek().kind() == Token.Kind.LPAREN) return call(t);
                if (isFunction(t.text())) {
                    throw error(t.column(), "'" + t.text() + "' is a function: write " + t.text() + "(...)");
                }
                return new Ast.Var(t.text(), t.column());
            case LPAREN: {
                next();
                Ast inner = expression(Binding.ADDITIVE);
                expect(Token.Kind.RPAREN, "expected ')' to close the '(' at column " + t.column());
                return inner;
            }
            default:
                throw error(gap(), "expected an operand");
        }
    }

    private Ast call(Token name) {
        Functions.Spec spec = Functions.get(name.text());
        Integer arity = defined.get(name.text());
        if (spec == null && arity != null) spec = new Functions.Spec(name.text(), null, arity, arity, false);
        if (spec == null) throw error(name.column(), "unknown function '" + name.text() + "'");
        next(); // (
        List<Ast> args = new ArrayList<>();
        if (peek().kind() != Token.Kind.RPAREN) {
            while (true) {
                args.add(expression(Binding.ADDITIVE));
                Token t = peek();
                if (t.kind() == Token.Kind.COMMA) {
                    next();
                    continue;
                }
                if (t.kind() == Token.Kind.RPAREN) break;
                throw error(gap(), "expected ',' or ')' in the call of " + name.text() + " at column " + name.column());
            }
        }
        next(); // )
        int n = args.size();
        if (n < spec.min() || spec.max() >= 0 && n > spec.max()) {
            throw error(name.column(), name.text() + " takes " + spec.arityText() + ", not " + n);
        }
        Ast call = new Ast.Call(name.text(), args, name.column());
        checkHeight(call);
        return call;
    }

    /** A built-in function or one the file defines. */
    private boolean isFunction(String name) {
        return Functions.get(name) != null || defined.containsKey(name);
    }

    private void expect(Token.Kind kind, String message) {
        if (peek().kind() != kind) throw error(gap(), message);
        next();
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error(peek().column(), "the expression is nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
    }

    private void checkHeight(Ast a) {
        if (a.height() > MAX_DEPTH) {
            throw error(a.column(), "the expression is nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
    }

    /** The column just after the last token read: where a missing part belongs. */
    private int gap() {
        return pos == 0 ? peek().column() : tokens.get(pos - 1).end();
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.END) pos++;
        return t;
    }

    private ExpressionException error(int column, String reason) {
        return new ExpressionException(source, column, reason);
    }

    /** How tightly a binary operator binds; null for a token that is none. */
    private static Binding binding(Token.Kind k) {
        switch (k) {
            case PLUS: case MINUS: return Binding.ADDITIVE;
            case STAR: case SLASH: case AT: return Binding.MULTIPLICATIVE;
            case POWER: return Binding.POWER;
            default: return null;
        }
    }

    private static char symbol(Token.Kind k) {
        switch (k) {
            case MINUS: return '-';
            case STAR: return '*';
            case SLASH: return '/';
            case AT: return '@';
            default: return '+';
        }
    }
}
