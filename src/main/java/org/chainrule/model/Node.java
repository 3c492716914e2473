package org.chainrule.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Tensor;

/**
 * A node of a computation graph. Equality is identity: nodes are map keys and graph vertices while
 * their fields (even the id) are edited.
 */
public final class Node {
    /** Default exponent of {@code pow}. */
    public static final double DEFAULT_P = 2;

    private String id;
    private Op op;
    private String label;
    private List<Double> values;      // null: no value given; size 1: the same at every step
    private boolean valueIsList;
    private double bias;
    private Activation activation = Activation.IDENTITY;
    private Double alpha;
    private Double p;
    private double init;
    private boolean trainable;
    private String function;
    private String functionOutput;
    private Double x;
    private Double y;
    private int[] shape;              // the "shape" of a tensor source; null: a scalar
    private List<Tensor> tensors;     // a tensor source's value: one, or one per time step
    private Tensor tensorInit;        // an init given as a list: a tensor read through delayed edges
    private Integer axis;             // sum and mean: over one axis
    private Double eps;               // batchnorm
    private final Map<String, Object> extras = new LinkedHashMap<>();

    public Node(String id, Op op) {
        this.id = Objects.requireNonNull(id);
        this.op = Objects.requireNonNull(op);
    }

    /** A copy with the same fields (extras copied shallowly), not connected to any graph. */
    public Node copy() {
        Node n = new Node(id, op);
        n.label = label;
        n.values = values == null ? null : List.copyOf(values);
        n.valueIsList = valueIsList;
        n.bias = bias;
        n.activation = activation;
        n.alpha = alpha;
        n.p = p;
        n.init = init;
        n.trainable = trainable;
        n.function = function;
        n.functionOutput = functionOutput;
        n.x = x;
        n.y = y;
        n.shape = shape;
        n.tensors = tensors;
        n.tensorInit = tensorInit;
        n.axis = axis;
        n.eps = eps;
        n.extras.putAll(extras);
        return n;
    }

    public String id() { return id; }
    public void setId(String id) { this.id = Objects.requireNonNull(id); }

    public Op op() { return op; }
    public void setOp(Op op) { this.op = Objects.requireNonNull(op); }

    /** The display text given in the file, or null. */
    public String label() { return label; }
    public void setLabel(String label) { this.label = label == null || label.isEmpty() ? null : label; }

    /** The label if there is one, else the id. */
    public String displayName() { return label != null ? label : id; }

    /** The given value(s): null when none was given, one number, or one per time step. */
    public List<Double> values() { return values; }

    /** Whether the file gave a list (one value per step) rather than a single number. */
    public boolean valueIsList() { return valueIsList; }

    public boolean hasValue() { return values != null && !values.isEmpty() || tensors != null; }

    /** Sets a single value, the same at every time step. */
    public void setValue(double v) {
        values = List.of(v);
        valueIsList = false;
        shape = null;
        tensors = null;
    }

    /** Sets one value per time step. */
    public void setValues(List<Double> vs) {
        values = vs == null ? null : List.copyOf(vs);
        valueIsList = vs != null;
    }

    public void clearValue() {
        values = null;
        valueIsList = false;
        shape = null;
        tensors = null;
    }

    /** The declared shape of a tensor source (not copied: do not change), or null for a scalar. */
    public int[] shape() { return shape; }

    /** Whether this is a source whose value is a tensor (it has a "shape"). */
    public boolean isTensorSource() { return shape != null; }

    /**
     * Sets a tensor value: one tensor for every step, or one per step ({@code perStep}). The tensors are
     * kept as given; their shapes are checked against {@code shape} by the validator.
     */
    public void setTensors(int[] shape, List<Tensor> values, boolean perStep) {
        this.shape = shape;
        this.tensors = List.copyOf(values);
        this.values = null;
        this.valueIsList = perStep;
    }

    /** The tensor value(s) of a tensor source, as given (one, or one per step), or null. */
    public List<Tensor> tensors() { return tensors; }

    /** The tensor value at time step t (1-based) of a tensor source. */
    public Tensor tensorAt(int t) {
        if (tensors == null) return Tensor.scalar(valueAt(t));
        return tensors.size() == 1 ? tensors.get(0) : tensors.get(t - 1);
    }

    /** The init given as a list (a tensor read through delayed edges), or null. */
    public Tensor tensorInit() { return tensorInit; }
    public void setTensorInit(Tensor init) { this.tensorInit = init; }

    /** The axis of sum and mean, or null for every element. */
    public Integer axis() { return axis; }
    public void setAxis(Integer axis) { this.axis = axis; }

    /** batchnorm's eps given in the file, or null for the default. */
    public Double epsOrNull() { return eps; }
    public void setEps(Double eps) { this.eps = eps; }

    /** Whether this node needs the tensor engine: a tensor source, a tensor init, or a tensor op. */
    public boolean needsTensors() { return shape != null || tensorInit != null || op.isTensorOp(); }

    /** The value at time step t (1-based); a single number holds at every step. */
    public double valueAt(int t) {
        if (tensors != null) return tensorAt(t).at(0);
        if (values == null || values.isEmpty()) return 0;
        if (!valueIsList || values.size() == 1) return values.get(0);
        return values.get(t - 1);
    }

    public double bias() { return bias; }
    public void setBias(double bias) { this.bias = bias; }

    public Activation activation() { return activation; }
    public void setActivation(Activation a) { this.activation = a == null ? Activation.IDENTITY : a; }

    /** The leaky-ReLU slope given in the file, or null for the default. */
    public Double alphaOrNull() { return alpha; }
    public double alpha() { return alpha == null ? Activation.DEFAULT_ALPHA : alpha; }
    public void setAlpha(Double alpha) { this.alpha = alpha; }

    /** The pow exponent given in the file, or null for the default 2. */
    public Double pOrNull() { return p; }
    public double p() { return p == null ? DEFAULT_P : p; }
    public void setP(Double p) { this.p = p; }

    /** The value before the first time step, read through delayed edges. */
    public double init() { return init; }
    public void setInit(double init) { this.init = init; }

    /** Whether the file marks this input's value / init as trainable. */
    public boolean trainable() { return trainable; }
    public void setTrainable(boolean trainable) { this.trainable = trainable; }

    /** For a {@link Op#FUNCTION} node, the name of the function it calls ({@link Graph#function}); else null. */
    public String function() { return function; }
    public void setFunction(String name) { this.function = name; }

    /**
     * For a node calling a function of several outputs (a cell), the output it computes ({@code "output":
     * "c2"} in the file); null for a function of one result.
     */
    public String functionOutput() { return functionOutput; }
    public void setFunctionOutput(String output) { this.functionOutput = output; }

    /** The op as files and explanations name it: the function's name for a function node, else the op's id. */
    public String opName() { return op == Op.FUNCTION && function != null ? function : op.id(); }

    /** Position on the canvas; null means "lay me out". */
    public Double x() { return x; }
    public Double y() { return y; }
    public boolean hasPosition() { return x != null && y != null; }
    public void setPosition(Double x, Double y) {
        this.x = x;
        this.y = y;
    }

    /** The number the op takes from the node: p for pow, alpha for leaky_relu and leaky_relu neurons. */
    public double opParam() {
        if (op == Op.POW) return p();
        return alpha();
    }

    /** Fields of the file this program does not know, kept to be written back on save. */
    public Map<String, Object> extras() { return extras; }

    @Override
    public String toString() { return id; }
}
