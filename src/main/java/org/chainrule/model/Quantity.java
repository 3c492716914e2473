package org.chainrule.model;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Shapes;
import org.chainrule.ops.tensor.Tensor;

/**
 * A number the user can set or train, with its key (docs/file-format.md): {@code ID} (the value of an
 * input/param/const), {@code ID.bias}, {@code ID.init}, {@code FROM->TO} (an edge weight, parallel
 * edges {@code FROM->TO#2} …), the kind of number it is, the node that holds it (the edge's target for a
 * weight), the edge of a weight (else null), and whether it is trainable (params, neuron biases and edge
 * weights; an input's value or a node's init only when marked trainable).
 */
public record Quantity(String key, Kind kind, Node node, Edge edge, boolean trainable) {
    /** What kind of number a key names. */
    public enum Kind { VALUE, BIAS, INIT, WEIGHT }

    /** The current number (a value given as a list reads its first entry). */
    public double get() {
        switch (kind) {
            case VALUE: return node.valueAt(1);
            case BIAS: return node.bias();
            case INIT: return node.init();
            default: return edge.weight();
        }
    }

    /** Whether the quantity is a whole tensor (a tensor source's value, or an init given as a list). */
    public boolean isTensor() {
        return kind == Kind.VALUE && node.isTensorSource() || kind == Kind.INIT && node.tensorInit() != null;
    }

    /** The current value as a tensor (a scalar quantity as a scalar tensor). */
    public Tensor tensor() {
        if (kind == Kind.VALUE && node.isTensorSource()) return node.tensorAt(1);
        if (kind == Kind.INIT && node.tensorInit() != null) return node.tensorInit();
        return Tensor.scalar(get());
    }

    /**
     * Sets a tensor value. A tensor given per time step becomes this one at every step, still as a list.
     * A scalar quantity takes a scalar tensor's number.
     *
     * @throws IllegalArgumentException when the shapes differ, naming both
     */
    public void set(Tensor v) {
        if (!isTensor()) {
            if (!v.isScalar()) throw new IllegalArgumentException(key + " is a number, not a tensor of shape " + Shapes.text(v.shape()));
            set(v.at(0));
            return;
        }
        int[] shape = tensor().shape();
        if (!Shapes.same(shape, v.shape())) {
            throw new IllegalArgumentException(key + " has shape " + Shapes.text(shape) + ", not " + Shapes.text(v.shape()));
        }
        if (kind == Kind.INIT) {
            node.setTensorInit(v);
        } else {
            boolean perStep = node.valueIsList() && node.tensors().size() > 1;
            node.setTensors(node.shape(), perStep ? java.util.Collections.nCopies(node.tensors().size(), v) : List.of(v), perStep);
        }
    }

    /**
     * Sets the number. A value given per time step becomes that number at every step, still as a list,
     * so the graph keeps its number of time steps.
     */
    public void set(double v) {
        switch (kind) {
            case VALUE:
                if (node.isTensorSource()) set(Tensor.scalar(v));
                else if (node.valueIsList() && node.values().size() > 1) node.setValues(java.util.Collections.nCopies(node.values().size(), v));
                else node.setValue(v);
                break;
            case BIAS: node.setBias(v); break;
            case INIT: node.setInit(v); break;
            default: edge.setWeight(v); break;
        }
    }

    /**
     * Every key of the graph, in node order then edge order: source values, neuron biases, the init of
     * every node read through a delayed edge (or marked trainable), and the weights of edges into neurons.
     */
    public static List<Quantity> all(Graph g) {
        List<Quantity> out = new ArrayList<>();
        for (Node n : g.nodes()) {
            if (n.op().isSource()) {
                boolean train = n.op() == Op.PARAM || (n.op() == Op.INPUT && n.trainable());
                out.add(new Quantity(n.id(), Kind.VALUE, n, null, train));
            }
            if (n.op() == Op.NEURON) out.add(new Quantity(Key.bias(n.id()).toString(), Kind.BIAS, n, null, true));
            if (readThroughDelay(g, n) || n.trainable() && !n.op().isSource()) {
                out.add(new Quantity(Key.init(n.id()).toString(), Kind.INIT, n, null, n.trainable()));
            }
        }
        for (Edge e : g.edges()) {
            if (g.target(e).op() == Op.NEURON) out.add(new Quantity(g.key(e), Kind.WEIGHT, g.target(e), e, true));
        }
        return out;
    }

    /** The quantity with this key, or null. */
    public static Quantity find(Graph g, String key) {
        Key k = Key.parse(key);
        if (k == null) return null;
        if (k.isWeight()) {
            Edge e = g.edge(k);
            if (e == null || g.target(e).op() != Op.NEURON) return null;
            return new Quantity(g.key(e), Kind.WEIGHT, g.target(e), e, true);
        }
        Node n = g.node(k.id());
        if (k.kind() == Key.Kind.BIAS) return n != null && n.op() == Op.NEURON ? new Quantity(key, Kind.BIAS, n, null, true) : null;
        if (k.kind() == Key.Kind.INIT) return n != null ? new Quantity(key, Kind.INIT, n, null, n.trainable()) : null;
        if (n == null || !n.op().isSource()) return null;
        return new Quantity(key, Kind.VALUE, n, null, n.op() == Op.PARAM || (n.op() == Op.INPUT && n.trainable()));
    }

    private static boolean readThroughDelay(Graph g, Node n) {
        for (Edge e : g.outgoing(n)) if (g.delay(e) > 0) return true;
        return false;
    }
}
