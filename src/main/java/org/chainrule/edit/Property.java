package org.chainrule.edit;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Tensor;

/**
 * One editable field of a node, an edge or the graph: how to read it and how to write it. The
 * factories below cover every field the inspector shows; {@link SetProperty} turns a new value into an
 * undoable command.
 */
public final class Property<T> {
    /** A node's value as the file has it: null (none), one number, or one number per time step. */
    public record Value(List<Double> numbers, boolean isList) {
        public static Value of(double v) { return new Value(List.of(v), false); }

        public static Value ofList(List<Double> vs) { return new Value(List.copyOf(vs), true); }

        static Value read(Node n) { return n.values() == null ? null : new Value(n.values(), n.valueIsList()); }

        static void write(Node n, Value v) {
            if (v == null) n.clearValue();
            else if (v.isList || v.numbers.size() != 1) n.setValues(v.numbers);
            else n.setValue(v.numbers.get(0));
        }
    }

    private final String name;
    private final Function<Graph, T> getter;
    private final BiConsumer<Graph, T> setter;

    public Property(String name, Function<Graph, T> getter, BiConsumer<Graph, T> setter) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    public String name() { return name; }

    public T get(Graph g) { return getter.apply(g); }

    public void set(Graph g, T v) { setter.accept(g, v); }

    // ---- node fields ----

    public static Property<String> label(Node n) { return new Property<>("label", g -> n.label(), (g, v) -> n.setLabel(v)); }

    public static Property<Op> op(Node n) { return new Property<>("op", g -> n.op(), (g, v) -> n.setOp(v)); }

    public static Property<Value> value(Node n) { return new Property<>("value", g -> Value.read(n), (g, v) -> Value.write(n, v)); }

    /**
     * A tensor source's value (one tensor for every time step), or null for a scalar source; setting null
     * makes the node a scalar again (its first element), setting a tensor gives the node that shape.
     */
    public static Property<Tensor> tensor(Node n) {
        return new Property<>("value", g -> n.isTensorSource() && n.tensors() != null && n.tensors().size() == 1 ? n.tensors().get(0) : null,
                (g, v) -> {
                    if (v != null) n.setTensors(v.shape(), List.of(v), false);
                    else if (n.isTensorSource()) n.setValue(n.tensorAt(1).at(0));
                });
    }

    public static Property<Double> bias(Node n) { return new Property<>("bias", g -> n.bias(), (g, v) -> n.setBias(v)); }

    public static Property<Activation> activation(Node n) {
        return new Property<>("activation", g -> n.activation(), (g, v) -> n.setActivation(v));
    }

    public static Property<Double> alpha(Node n) { return new Property<>("alpha", g -> n.alphaOrNull(), (g, v) -> n.setAlpha(v)); }

    public static Property<Double> p(Node n) { return new Property<>("p", g -> n.pOrNull(), (g, v) -> n.setP(v)); }

    public static Property<Double> init(Node n) { return new Property<>("init", g -> n.init(), (g, v) -> n.setInit(v)); }

    public static Property<Boolean> trainable(Node n) {
        return new Property<>("trainable", g -> n.trainable(), (g, v) -> n.setTrainable(v));
    }

    // ---- edge fields ----

    public static Property<Double> weight(Edge e) { return new Property<>("weight", g -> e.weightOrNull(), (g, v) -> e.setWeight(v)); }

    public static Property<Integer> delay(Edge e) { return new Property<>("delay", g -> e.delayOrNull(), (g, v) -> e.setDelay(v)); }

    public static Property<Integer> arg(Edge e) { return new Property<>("arg", g -> e.arg(), (g, v) -> e.setArg(v)); }

    // ---- graph fields ----

    public static Property<String> graphName() { return new Property<>("name", Graph::name, Graph::setName); }

    public static Property<String> description() { return new Property<>("description", Graph::description, Graph::setDescription); }

    public static Property<String> output() { return new Property<>("output", Graph::outputId, Graph::setOutputId); }

    public static Property<Integer> timesteps() { return new Property<>("timesteps", Graph::timestepsOrNull, Graph::setTimesteps); }
}
