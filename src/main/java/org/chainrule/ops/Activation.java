package org.chainrule.ops;

import java.util.Locale;

/**
 * The activation functions a {@code neuron} node can apply, each with its derivative side by side.
 * Conventions: relu'(0) = 0, step'(a) = 0 everywhere. The derivatives of sigmoid and tanh are
 * computed from z without cancellation, so a saturated unit has a tiny slope, not exactly 0.
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
        public double apply(double z, double alpha) { return sigmoid(z); }
        // σ(z)·σ(−z), not out·(1 − out): 1 − σ(40) is 0 in doubles, σ(−40) is 4.2e−18
        public double derivative(double z, double out, double alpha) { return sigmoid(z) * sigmoid(-z); }
    },
    TANH("tanh", "tanh") {
        public double apply(double z, double alpha) { return Math.tanh(z); }
        // 1/cosh², not 1 − tanh²: tanh(20) is 1 in doubles, 1/cosh(20)² is 1.7e−17
        public double derivative(double z, double out, double alpha) {
            double c = Math.cosh(z);
            return 1 / (c * c);
        }
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

    /** The logistic function 1/(1 + e^−z), without overflow for large |z|. */
    public static double sigmoid(double z) {
        if (z >= 0) return 1 / (1 + Math.exp(-z));
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** The activation named {@code name} (case-insensitive), or null if there is none. */
    public static Activation byId(String name) {
        if (name == null) return null;
        String n = name.toLowerCase(Locale.ROOT);
        for (Activation a : values()) if (a.id.equals(n)) return a;
        return null;
    }
}
