package org.chainrule.ops;

import java.util.Locale;

/**
 * Every operation a node can compute: its arity, its forward value and its local partial derivatives,
 * side by side, plus how it is written in an explanation.
 *
 * <p>{@link #apply} and {@link #partials} take the node's argument values in argument order and one
 * extra number {@code param}: the exponent {@code p} for {@code pow}, the slope {@code alpha} for
 * {@code leaky_relu}, ignored otherwise. Sources ({@code input}, {@code param}, {@code const}) and
 * {@code neuron} are not computed here: a source's value comes from the node, and a neuron's weights
 * live on its edges and its bias on the node, so its value and partials are in {@link Neuron}.
 *
 * <p>Derivative conventions: abs'(0) = 0, relu'(0) = 0, step' = 0; for max and min the whole
 * gradient goes to the first argument that attains the result; in {@code bce} a term whose weight
 * (y or 1 − y) is 0 is 0 (0·log 0 = 0), in its value and its derivatives.
 */
public enum Op {
    INPUT("input", OpGroup.INPUTS, 0, 0, "") ,
    PARAM("param", OpGroup.INPUTS, 0, 0, ""),
    CONST("const", OpGroup.INPUTS, 0, 0, ""),

    ADD("add", OpGroup.ARITHMETIC, 1, -1, "+") {
        public double apply(double[] a, int n, double param) {
            double s = 0;
            for (int i = 0; i < n; i++) s += a[i];
            return s;
        }
        public void partials(double[] a, int n, double out, double param, double[] d) {
            for (int i = 0; i < n; i++) d[i] = 1;
        }
        public String format(String[] a, double param) { return String.join(" + ", a); }
    },
    SUB("sub", OpGroup.ARITHMETIC, 2, 2, "−") {
        public double apply(double[] a, int n, double param) { return a[0] - a[1]; }
        public void partials(double[] a, int n, double out, double param, double[] d) { d[0] = 1; d[1] = -1; }
        public String format(String[] a, double param) { return a[0] + " − " + a[1]; }
    },
    MUL("mul", OpGroup.ARITHMETIC, 1, -1, "×") {
        public double apply(double[] a, int n, double param) {
            double p = 1;
            for (int i = 0; i < n; i++) p *= a[i];
            return p;
        }
        public void partials(double[] a, int n, double out, double param, double[] d) {
            if (n == 2) { d[0] = a[1]; d[1] = a[0]; return; }
            // product of the others, without dividing (an argument may be 0)
            double left = 1;
            for (int i = 0; i < n; i++) { d[i] = left; left *= a[i]; }
            double right = 1;
            for (int i = n - 1; i >= 0; i--) { d[i] *= right; right *= a[i]; }
        }
        public String format(String[] a, double param) { return String.join(" · ", a); }
    },
    DIV("div", OpGroup.ARITHMETIC, 2, 2, "÷") {
        public double apply(double[] a, int n, double param) { return a[0] / a[1]; }
        public void partials(double[] a, int n, double out, double param, double[] d) {
            d[0] = 1 / a[1];
            d[1] = -a[0] / (a[1] * a[1]);
        }
        public String format(String[] a, double param) { return a[0] + " / " + a[1]; }
    },
    NEG("neg", OpGroup.ARITHMETIC, 1, 1, "−") {
        public double apply(double[] a, int n, double param) { return -a[0]; }
        public void partials(double[] a, int n, double out, double param, double[] d) { d[0] = -1; }
        public String format(String[] a, double param) { return "−" + a[0]; }
    },
    IDENTITY("identity", OpGroup.ARITHMETIC, 1, 1, "id") {
        public double apply(double[] a, int n, double param) { return a[0]; }
        public void partials(double[] a, int n, double out, double param, double[] d) { d[0] = 1; }
        public String format(String[] a, double param) { return a[0]; }
    },
    POW("pow", OpGroup.ARITHMETIC, 1, 1, "^") {
        public double apply(double[] a, int n, double param) { return Math.pow(a[0], param); }
        public void partials(double[] a, int n, double out, double param, double[] d) {
            d[0] = param == 0 ? 0 : param * Math.pow(a[0], param - 1);
        }
        public String format(String[] a, double param) { return paren(a[0]) + "^" + Numbers.human(param); }
    },
    SQUARE("square", OpGroup.ARITHMETIC, 1, 1, "x²") {
        public double apply(double[] a, int n, double param) { return a[0] * a[0]; }
        public void partials(double[] a, int n, double out, double param, double[] d) { d[0] = 2 * a[0]; }
        public String format(String[] a, double param) { return paren(a[0]) + "²"; }
    },
    SQRT("sqrt", OpGroup.ARITHMETIC, 1, 1, "√") {
        public double apply(double[] a, int n, double param) { return Math.sqrt(a[0]); }
        public void partials(double[] a, int n, double out, double param, double[] d) { d[0] = 0.5 / out; }
    },
    EXP("exp", OpGroup.ARITHMETIC, 1, 1, "exp") {
        public double apply(double[] a, int n, double param) { return Math.exp(a[0]); }
        public void partials(double[] a, int n, double out, double param, double[] d) { d[0] = out; }
    },
    LOG("log", OpGroup.ARITHMETIC, 1, 1, "log") {
        public double apply(double[] a, int n, double param) { return Math.log(a[0]); }
        public void partials(double[] a, int n, double out, double param, double[] d) { d[0] = 1 / a[0]; }
    },
    ABS("abs", OpGroup.ARITHMETIC, 1, 1, "|x|") {
        public double apply(double[] a, int n, double param) { return Math.abs(a[0]); }
        public void partials(double[] a, int n, double out, double param, double[] d) {
            d[0] = a[0] > 0 ? 1 : a[0] < 0 ? -1 : 0;
        }
        public String format(String[] a, double param) { return "|" + a[0] + "|"; }
    },
    SIN("sin", OpGroup.ARITHMETIC, 1, 1, "sin") {
        public double apply(double[] a, int n, double param) { return Math.sin(a[0]); }
        public void partials(double[] a, int n, double out, double param, double[] d) { d[0] = Math.cos(a[0]); }
    },
    COS("cos", OpGroup.ARITHMETIC, 1, 1, "cos") {
        public double apply(double[] a, int n, double param) { return Math.cos(a[0]); }
        public void partials(double[] a, int n, double out, double param, double[] d) { d[0] = -Math.sin(a[0]); }
    },

    RELU("relu", OpGroup.ACTIVATIONS, 1, 1, "ReLU", Activation.RELU),
    LEAKY_RELU("leaky_relu", OpGroup.ACTIVATIONS, 1, 1, "LReLU", Activation.LEAKY_RELU),
    SIGMOID("sigmoid", OpGroup.ACTIVATIONS, 1, 1, "σ", Activation.SIGMOID),
    TANH("tanh", OpGroup.ACTIVATIONS, 1, 1, "tanh", Activation.TANH),
    STEP("step", OpGroup.ACTIVATIONS, 1, 1, "step", Activation.STEP),

    MAX("max", OpGroup.ACTIVATIONS, 1, -1, "max") {
        public double apply(double[] a, int n, double param) { return a[extremum(a, n, true)]; }
        public void partials(double[] a, int n, double out, double param, double[] d) {
            int k = extremum(a, n, true);
            for (int i = 0; i < n; i++) d[i] = i == k ? 1 : 0;
        }
    },
    MIN("min", OpGroup.ACTIVATIONS, 1, -1, "min") {
        public double apply(double[] a, int n, double param) { return a[extremum(a, n, false)]; }
        public void partials(double[] a, int n, double out, double param, double[] d) {
            int k = extremum(a, n, false);
            for (int i = 0; i < n; i++) d[i] = i == k ? 1 : 0;
        }
    },

    SQ_ERR("sq_err", OpGroup.LOSSES, 2, 2, "(·−·)²") {
        public double apply(double[] a, int n, double param) { double e = a[0] - a[1]; return e * e; }
        public void partials(double[] a, int n, double out, double param, double[] d) {
            double e = a[0] - a[1];
            d[0] = 2 * e;
            d[1] = -2 * e;
        }
        public String format(String[] a, double param) { return "(" + a[0] + " − " + a[1] + ")²"; }
    },
    BCE("bce", OpGroup.LOSSES, 2, 2, "BCE") {
        // a term whose weight y or 1 − y is 0 is 0, whatever p (0·log 0 = 0)
        public double apply(double[] a, int n, double param) {
            double p = a[0], y = a[1];
            return -(weighted(y, Math.log(p)) + weighted(1 - y, Math.log1p(-p)));
        }
        public void partials(double[] a, int n, double out, double param, double[] d) {
            double p = a[0], y = a[1];
            d[0] = -weighted(y, 1 / p) + weighted(1 - y, 1 / (1 - p));
            d[1] = Math.log1p(-p) - Math.log(p);
        }
    },

    NEURON("neuron", OpGroup.NEURON, 0, -1, "Σ"),

    /*
     * Ops on vectors and matrices. Their value and vector-Jacobian product are in
     * org.chainrule.ops.tensor (TensorRules); a graph that uses one is evaluated as a tensor graph.
     */
    MATMUL("matmul", OpGroup.TENSORS, 2, 2, "@"),
    TRANSPOSE("transpose", OpGroup.TENSORS, 1, 1, "ᵀ"),
    SUM("sum", OpGroup.TENSORS, 1, 1, "Σ"),
    MEAN("mean", OpGroup.TENSORS, 1, 1, "mean"),
    SOFTMAX("softmax", OpGroup.TENSORS, 1, 1, "softmax"),
    CROSS_ENTROPY("cross_entropy", OpGroup.TENSORS, 2, 2, "CE"),
    BATCHNORM("batchnorm", OpGroup.TENSORS, 3, 3, "BN"),
    CONCAT("concat", OpGroup.TENSORS, 1, -1, "concat"),

    /**
     * A call of a function the file defines ({@code "functions"}): the node names the function, and its
     * value and partials come from the function's body, compiled by the engine. Files write the
     * function's own name as the op, never {@code function}, so {@link #byId} does not know this one.
     */
    FUNCTION("function", OpGroup.FUNCTIONS, 0, -1, "f");

    private final String id;
    private final OpGroup group;
    private final int minArity;
    private final int maxArity;
    private final String symbol;
    private final Activation activation;

    Op(String id, OpGroup group, int minArity, int maxArity, String symbol) {
        this(id, group, minArity, maxArity, symbol, null);
    }

    Op(String id, OpGroup group, int minArity, int maxArity, String symbol, Activation activation) {
        this.id = id;
        this.group = group;
        this.minArity = minArity;
        this.maxArity = maxArity;
        this.symbol = symbol;
        this.activation = activation;
    }

    /** The forward value from the arguments {@code a[0..n)}. */
    public double apply(double[] a, int n, double param) {
        if (activation != null) return activation.apply(a[0], param);
        throw new UnsupportedOperationException(id + (this == NEURON ? ": see Neuron.value" : " is evaluated by the engine"));
    }

    /** Fills {@code d[i]} = ∂out/∂a[i] for i &lt; n, given the forward value {@code out}. */
    public void partials(double[] a, int n, double out, double param, double[] d) {
        if (activation != null) { d[0] = activation.derivative(a[0], out, param); return; }
        throw new UnsupportedOperationException(id + (this == NEURON ? ": see Neuron" : " is evaluated by the engine"));
    }

    /** The op applied to already formatted arguments, as explanations print it: {@code relu(9)}. */
    public String format(String[] a, double param) {
        return id + "(" + String.join(", ", a) + ")";
    }

    /** The name used in files, e.g. {@code sq_err}. */
    public String id() { return id; }

    public OpGroup group() { return group; }

    /** Fewest arguments the op takes. */
    public int minArity() { return minArity; }

    /** Most arguments the op takes, -1 for any number. */
    public int maxArity() { return maxArity; }

    /** Short display symbol for the canvas: +, ×, max, σ, ReLU. */
    public String symbol() { return symbol; }

    /** For the unary activation ops, the activation they apply; otherwise null. */
    public Activation activation() { return activation; }

    /** input, param and const: nodes whose value is given, not computed. */
    public boolean isSource() { return group == OpGroup.INPUTS; }

    /** The ops that only make sense on tensors (matmul, transpose, sum, mean, softmax, concat, ...). */
    public boolean isTensorOp() { return group == OpGroup.TENSORS; }

    /** Whether the order of the arguments matters. */
    public boolean isOrdered() {
        return this == SUB || this == DIV || this == SQ_ERR || this == BCE || this == MATMUL || this == CROSS_ENTROPY
                || this == BATCHNORM || this == CONCAT || this == FUNCTION;
    }

    /** Describes the arity, e.g. "2", "1..n", "0". */
    public String arityText() {
        if (maxArity == minArity) return Integer.toString(minArity);
        return minArity + ".." + (maxArity < 0 ? "n" : Integer.toString(maxArity));
    }

    public boolean acceptsArity(int n) {
        return n >= minArity && (maxArity < 0 || n <= maxArity);
    }

    /** The op named {@code name} (case-insensitive), or null if there is none. */
    public static Op byId(String name) {
        if (name == null) return null;
        String n = name.toLowerCase(Locale.ROOT);
        for (Op o : values()) if (o.id.equals(n) && o != FUNCTION) return o;
        return null;
    }

    /** w·x, and 0 when w is 0 even if x is infinite: the convention 0·log 0 = 0. */
    private static double weighted(double w, double x) {
        return w == 0 ? 0 : w * x;
    }

    /**
     * bce(σ(z), y) from the logit z, stable for every z: y·softplus(−z) + (1 − y)·softplus(z)
     * (= softplus(z) − y·z), where softplus(z) = log(1 + e^z) = −log σ(−z). Used when the prediction of
     * a {@code bce} is a sigmoid, whose output rounds to 0 or 1 (and its log to −∞) long before the
     * loss itself is large; written per term so that a small loss keeps its digits.
     */
    public static double bceOfLogit(double z, double y) {
        return weighted(y, softplus(-z)) + weighted(1 - y, softplus(z));
    }

    private static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /**
     * The partials of bce(p, y) at p = σ(z), from z: ∂/∂p = (1 − y)/σ(−z) − y/σ(z) (1 − p is σ(−z),
     * exact where 1 − p would round to 0) and ∂/∂y = log(1 − p) − log p = −z. Times σ′(z) = σ(z)·σ(−z),
     * ∂/∂p gives ∂/∂z = σ(z) − y.
     */
    public static void bceOfLogitPartials(double z, double y, double[] d) {
        d[0] = weighted(1 - y, 1 / Activation.sigmoid(-z)) - weighted(y, 1 / Activation.sigmoid(z));
        d[1] = -z;
    }

    private static int extremum(double[] a, int n, boolean max) {
        int k = 0;
        for (int i = 1; i < n; i++) {
            if (max ? a[i] > a[k] : a[i] < a[k]) k = i;
        }
        return k;
    }

    private static String paren(String s) {
        return s.matches("[A-Za-z0-9_.\\[\\]]+") || wrapped(s) ? s : "(" + s + ")";
    }

    /** Whether s is one bracketed whole: its first "(" closes at its last character. */
    private static boolean wrapped(String s) {
        if (!s.startsWith("(") || !s.endsWith(")")) return false;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(') depth++;
            else if (ch == ')' && --depth == 0) return i == s.length() - 1;
        }
        return false;
    }
}
