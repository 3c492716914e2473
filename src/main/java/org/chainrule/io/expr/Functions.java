package org.chainrule.io.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.chainrule.ops.Op;

/**
 * The functions an expression may call: every one-argument op of docs/file-format.md by its name, n-ary
 * {@code max}/{@code min}, {@code sq_err(a, b)}, {@code bce(a, b)}, and two with a constant second
 * argument: {@code pow(a, p)} and {@code leaky_relu(a, alpha)}. {@code ln} is another name for {@code log}.
 * On tensors: {@code transpose}, {@code softmax}, {@code sum(X)} and {@code mean(X)} (with an optional
 * constant axis, {@code sum(X, 0)}), {@code matmul(A, B)} (also written {@code A @ B}),
 * {@code cross_entropy(p, y)}, {@code batchnorm(x, gamma, beta)} and {@code concat(a, b, …)}.
 */
final class Functions {
    /** How a name is called: the op it builds and how many arguments it takes (max -1: any). */
    record Spec(String name, Op op, int min, int max, boolean constantLast) {
        String arityText() {
            if (max < 0) return "at least " + min + (min == 1 ? " argument" : " arguments");
            if (min == max) return min + (min == 1 ? " argument" : " arguments");
            return min + " or " + max + " arguments";
        }
    }

    private static final Map<String, Spec> BY_NAME = new LinkedHashMap<>();

    static {
        for (Op op : Op.values()) {
            if (op.isSource() || op == Op.NEURON || op == Op.POW || op == Op.LEAKY_RELU) continue;
            if (op.minArity() == 1 && op.maxArity() == 1) put(new Spec(op.id(), op, 1, 1, false));
        }
        put(new Spec("leaky_relu", Op.LEAKY_RELU, 1, 2, true));
        put(new Spec("pow", Op.POW, 2, 2, true));
        put(new Spec("max", Op.MAX, 1, -1, false));
        put(new Spec("min", Op.MIN, 1, -1, false));
        put(new Spec("sq_err", Op.SQ_ERR, 2, 2, false));
        put(new Spec("bce", Op.BCE, 2, 2, false));
        put(new Spec("ln", Op.LOG, 1, 1, false));
        put(new Spec("sum", Op.SUM, 1, 2, true));
        put(new Spec("mean", Op.MEAN, 1, 2, true));
        put(new Spec("matmul", Op.MATMUL, 2, 2, false));
        put(new Spec("cross_entropy", Op.CROSS_ENTROPY, 2, 2, false));
        put(new Spec("batchnorm", Op.BATCHNORM, 3, 3, false));
        put(new Spec("concat", Op.CONCAT, 1, -1, false));
    }

    private Functions() {}

    private static void put(Spec s) {
        BY_NAME.put(s.name(), s);
    }

    /** The function called {@code name} (case-sensitive, as in the file format), or null. */
    static Spec get(String name) {
        return BY_NAME.get(name);
    }

    /** Every callable name. */
    static Set<String> names() {
        return Collections.unmodifiableSet(BY_NAME.keySet());
    }
}
