package org.chainrule.io.expr;

import java.util.Random;

/**
 * Random well-formed expressions over the identifiers a, b, c, for the fuzz and finite-difference
 * tests. {@link #smooth} avoids the kinks of relu, abs, max (where a finite difference disagrees with
 * the convention) and keeps log, sqrt and division away from their poles.
 */
final class RandomExpressions {
    private static final String[] VARS = {"a", "b", "c"};
    private static final String[] SMOOTH_UNARY = {"exp", "sin", "cos", "tanh", "sigmoid", "square", "neg", "identity"};
    private static final String[] ANY_UNARY = {"exp", "log", "ln", "sqrt", "abs", "sin", "cos", "relu", "leaky_relu",
        "sigmoid", "tanh", "step", "square", "neg", "identity"};

    private RandomExpressions() {}

    /** Any expression, every construct of the syntax included. */
    static String any(Random r, int depth) {
        if (depth <= 0 || r.nextInt(4) == 0) return leaf(r);
        switch (r.nextInt(9)) {
            case 0: return any(r, depth - 1) + " + " + any(r, depth - 1);
            case 1: return any(r, depth - 1) + " - " + any(r, depth - 1);
            case 2: return any(r, depth - 1) + "*" + any(r, depth - 1);
            case 3: return any(r, depth - 1) + " / " + any(r, depth - 1);
            case 4: return "(" + any(r, depth - 1) + ")^" + (r.nextInt(5) - 1);
            case 5: return "-" + any(r, depth - 1);
            case 6: return ANY_UNARY[r.nextInt(ANY_UNARY.length)] + "(" + any(r, depth - 1) + ")";
            case 7: return (r.nextBoolean() ? "max(" : "min(") + any(r, depth - 1) + ", " + any(r, depth - 1) + ")";
            default: return (r.nextBoolean() ? "sq_err(" : "bce(") + any(r, depth - 1) + ", " + any(r, depth - 1) + ")";
        }
    }

    /** An expression that is differentiable wherever a, b, c lie in [0.5, 1.5]. */
    static String smooth(Random r, int depth) {
        if (depth <= 0 || r.nextInt(4) == 0) return leaf(r);
        switch (r.nextInt(9)) {
            case 0: return smooth(r, depth - 1) + " + " + smooth(r, depth - 1);
            case 1: return smooth(r, depth - 1) + " - " + smooth(r, depth - 1);
            case 2: return smooth(r, depth - 1) + " * " + smooth(r, depth - 1);
            // 1 + square(...) is at least 1: no pole
            case 3: return smooth(r, depth - 1) + " / (1 + square(" + smooth(r, depth - 1) + "))";
            case 4: return "(" + smooth(r, depth - 1) + ")^" + (2 + r.nextInt(2));
            case 5: return "-" + smooth(r, depth - 1) + "^2";
            case 6: return SMOOTH_UNARY[r.nextInt(SMOOTH_UNARY.length)] + "(" + smooth(r, depth - 1) + ")";
            case 7: return "log(1 + square(" + smooth(r, depth - 1) + "))";
            default: return "sq_err(" + smooth(r, depth - 1) + ", " + smooth(r, depth - 1) + ")";
        }
    }

    private static String leaf(Random r) {
        if (r.nextInt(3) == 0) return Integer.toString(1 + r.nextInt(3));
        return VARS[r.nextInt(VARS.length)];
    }
}
