package org.chainrule.io.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.chainrule.io.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {
    private static String show(String text) {
        return ExpressionParser.parse(text).show();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // precedence as in mathematics
        "a + b * c        | (+ a (* b c))",
        "a * b + c        | (+ (* a b) c)",
        "(a + b) * c      | (* (+ a b) c)",
        "a - b / c        | (- a (/ b c))",
        "a * b ^ c        | (* a (^ b c))",
        "-x^2             | (neg (^ x 2.0))",
        "-x**2            | (neg (^ x 2.0))",
        "-x * y           | (* (neg x) y)",
        "a * -b           | (* a (neg b))",
        "2^-x             | (^ 2.0 (neg x))",
        "2^-x^2           | (^ 2.0 (neg (^ x 2.0)))",
        "(-x)^2           | (^ (neg x) 2.0)",
        "--x              | (neg (neg x))",
        "+x - +y          | (- x y)",
        // left associativity of + - * /
        "a - b - c        | (- (- a b) c)",
        "a / b / c        | (/ (/ a b) c)",
        "a - b + c        | (+ (- a b) c)",
        "a / b * c        | (* (/ a b) c)",
        // right associativity of ^ and **
        "a ^ b ^ c        | (^ a (^ b c))",
        "a ** b ** c      | (^ a (^ b c))",
        "a ^ b ** c       | (^ a (^ b c))",
        // numbers
        "1.5e-3 + .25     | (+ 0.0015 0.25)",
        "2E2              | 200.0",
        // exam signs pasted from a PDF
        "w·x − b          | (- (* w x) b)",
        "a × b ÷ c        | (/ (* a b) c)",
        // calls
        "max(w*x + x, 0)  | (max (+ (* w x) x) 0.0)",
        "max(a, b, c, d)  | (max a b c d)",
        "min(a)           | (min a)",
        "sq_err(y_hat, y) | (sq_err y_hat y)",
        "exp(-(a))        | (exp (neg a))",
    })
    void parsesWithMathematicalPrecedence(String text, String tree) {
        assertEquals(tree, show(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "neg", "identity", "square", "sqrt", "exp", "log", "ln", "abs", "sin", "cos",
        "relu", "leaky_relu", "sigmoid", "tanh", "step",
    })
    void everyUnaryFunctionCanBeCalled(String name) {
        assertEquals("(" + name + " (+ x 1.0))", show(name + "(x + 1)"));
    }

    @Test
    void twoArgumentFunctions() {
        assertEquals("(bce p y)", show("bce(p, y)"));
        assertEquals("(sq_err p y)", show("sq_err(p,y)"));
        assertEquals("(pow x 3.0)", show("pow(x, 3)"));
        assertEquals("(leaky_relu x 0.1)", show("leaky_relu(x, 0.1)"));
    }

    private static ExpressionException error(String text) {
        return assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text));
    }

    @ParameterizedTest(name = "{0} -> column {1}")
    @CsvSource(delimiter = '|', value = {
        // something missing: the column right after the last good token
        "max(w*x + , 0) | 10 | expected an operand",
        "x +            | 4  | expected an operand",
        "* x            | 1  | expected an operand",
        "(a + b         | 7  | expected ')' to close the '(' at column 1",
        "max(a b)       | 6  | expected ',' or ')' in the call of max at column 1",
        "max(a,)        | 7  | expected an operand",
        "f()            | 1  | unknown function 'f'",
        // something wrong: the column of the offender
        "a + b)         | 6  | unmatched ')'",
        "2x             | 2  | unexpected 'x' (missing operator?)",
        "a b            | 3  | unexpected 'b' (missing operator?)",
        "(a)(b)         | 4  | unexpected '(' (missing operator?)",
        "a $ b          | 3  | unexpected character '$'",
        "foo(x) + 1     | 1  | unknown function 'foo'",
        "exp + 1        | 1  | 'exp' is a function: write exp(...)",
        "sq_err(a)      | 1  | sq_err takes 2 arguments, not 1",
        "bce(a, b, c)   | 1  | bce takes 2 arguments, not 3",
        "x * exp(a, b)  | 5  | exp takes 1 argument, not 2",
        "max()          | 1  | max takes at least 1 argument, not 0",
        "pow(x)         | 1  | pow takes 2 arguments, not 1",
        "leaky_relu()   | 1  | leaky_relu takes 1 or 2 arguments, not 0",
        "1e999 + x      | 1  | number 1e999 is too large",
        "y =            | 4  | expected an operand",
        "= x            | 1  | expected an operand",
        "y = a = b      | 7  | unexpected '=' (missing operator?)",
        "exp = x        | 1  | 'exp' is a function, not a name for the result",
    })
    void errorsNameTheColumn(String text, int column, String reason) {
        ExpressionException e = error(text);
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(reason, e.reason());
        assertEquals("expression, column " + column + ": " + reason, e.getMessage());
    }

    @Test
    void theResultMayBeNamed() {
        ExpressionParser.Equation eq = ExpressionParser.parseEquation("y = max(w*x + x, 0)");
        assertEquals("y", eq.name());
        assertEquals("(max (+ (* w x) x) 0.0)", eq.expression().show());
        assertEquals(null, ExpressionParser.parseEquation("max(x, 0)").name());
    }

    @Test
    void emptyExpression() {
        assertEquals("the expression is empty", error("   ").reason());
        assertEquals(1, error("").column());
    }

    @Test
    void caretPointsAtTheColumn() {
        ExpressionException e = error("max(w*x + , 0)");
        assertEquals("max(w*x + , 0)\n         ^", e.pointer());
        assertEquals(InputException.class, e.getClass().getSuperclass());
    }

    @Test
    void deepNestingIsACleanError() {
        String deep = "(".repeat(5000) + "x" + ")".repeat(5000);
        ExpressionException e = error(deep);
        assertEquals(ExpressionParser.MAX_DEPTH + 1, e.column());
        assertEquals("the expression is nested too deeply (more than 1000 levels)", e.reason());
        error("-".repeat(5000) + "x");
        error("x" + "^x".repeat(5000));
        // a long flat sum is not nesting in the text, but its tree is as tall: also refused cleanly
        error("x" + "+x".repeat(5000));
    }

    @Test
    void moderateNestingIsFine() {
        String ok = "(".repeat(300) + "x" + ")".repeat(300);
        assertEquals("x", show(ok));
        assertEquals(201, ExpressionParser.parse("x" + "+x".repeat(200)).height());
    }
}
