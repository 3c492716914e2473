package org.chainrule.ops;

import java.util.Locale;

/**
 * The activation functions a {@code neuron} node can apply, each with its derivative side by side.
 * Conventions: relu'(0) = 0, step'(a) = 0 everywhere.
 */
public enum Activation {
    IDENTITY("identity", "") {
        public double apply(double z, double alpha) { return z; }
        public double derivative(double z, double out, double alpha) { return 1; }
    },
    RELU("relu", "ReLU") {
        public double apply(double z, double alpha) { return z > 0 ? z : 0; }
        public double derivative(double z, double out, double alpha) { return z > 0 ? 1 : 0; }
    },
    LEAKY_RELU("leaky_relu", "LReLU") {
        public double apply(double z, double alpha) { return z > 0 ? z : alpha * z; }
        public double derivative(double z, double out, double alpha) { return z > 0 ? 1 : alpha; }
    },
    SIGMOID("sigmoid", "σ") {
        public double apply(double z, double alpha) {
            // numerically stable for large |z|
            if (z >= 0) return 1 / (1 + Math.exp(-z));
            double e = Math.exp(z);
            return e / (1 + e);
        }
        public double derivative(double z, double out, double alpha) { return out * (1 - out); }
    },
    TANH("tanh", "tanh") {
        public double apply(double z, double alpha) { return Math.tanh(z); }
        public double derivative(double z, double out, double alpha) { return 1 - out * out; }
    },
    STEP("step", "step") {
        public double apply(double z, double alpha) { return z > 0 ? 1 : 0; }
        public double derivative(double z, double out, double alpha) { return 0; }
    };

    /** Default slope of {@code leaky_relu} for negative inputs. */
    public static final double DEFAULT_ALPHA = 0.01;

    private final String id;
    private final String symbol;

    Activation(String id, String symbol) {
        this.id = id;
        this.symbol = symbol;
    }

    /** The activation applied to the pre-activation {@code z}. */
    public abstract double apply(double z, double alpha);

    /** d out / d z, given z and the already computed {@code out = apply(z)}. */
    public abstract double derivative(double z, double out, double alpha);

    /** The name used in files and on the command line, e.g. {@code leaky_relu}. */
    public String id() { return id; }

    /** Short display symbol (empty for identity). */
    public String symbol() { return symbol; }

    /** The activation named {@code name} (case-insensitive), or null if there is none. */
    public static Activation byId(String name) {
        if (name == null) return null;
        String n = name.toLowerCase(Locale.ROOT);
        for (Activation a : values()) if (a.id.equals(n)) return a;
        return null;
    }
}
