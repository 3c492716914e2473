package org.chainrule.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;

/**
 * Random valid graphs for property tests: every op, neurons with every activation, skip connections
 * (edges that jump layers), shared inputs, self-loops and delayed edges over several time steps.
 */
final class RandomGraphs {
    /**
     * Every computed scalar op (the tensor ops have random graphs of their own in TensorGraphsTest), read from the enum so that a new op joins the property tests by itself (a
     * neuron twice: it carries the weights, biases and self-loops).
     */
    private static final Op[] OPS = Stream.concat(
                    Arrays.stream(Op.values()).filter(op -> !op.isSource() && !op.isTensorOp() && op != Op.FUNCTION), Stream.of(Op.NEURON))
            .toArray(Op[]::new);

    private RandomGraphs() {}

    static Graph generate(Random r) {
        Graph g = new Graph();
        int t = 1 + r.nextInt(3);
        g.setTimesteps(t);
        List<Node> nodes = new ArrayList<>();
        int sources = 1 + r.nextInt(3);
        for (int i = 0; i < sources; i++) {
            Op op = i == 0 ? Op.PARAM : (r.nextBoolean() ? Op.INPUT : Op.PARAM);
            Node n = g.add("s" + i, op);
            if (t > 1 && r.nextBoolean()) {
                List<Double> vs = new ArrayList<>();
                for (int k = 0; k < t; k++) vs.add(round(r.nextDouble() * 2 - 1));
                n.setValues(vs);
            } else {
                n.setValue(round(r.nextDouble() * 2 - 1));
            }
            nodes.add(n);
        }
        int inner = 1 + r.nextInt(6);
        for (int i = 0; i < inner; i++) {
            Op op = OPS[r.nextInt(OPS.length)];
            Node n = g.add("n" + i, op);
            if (op == Op.POW) n.setP(r.nextBoolean() ? 3.0 : 2.0);
            if (op == Op.LEAKY_RELU) n.setAlpha(0.1);
            if (op == Op.NEURON) {
                n.setActivation(Activation.values()[r.nextInt(Activation.values().length)]);
                n.setBias(round(r.nextDouble() - 0.5));
                if (n.activation() == Activation.LEAKY_RELU) n.setAlpha(0.2);
                n.setInit(round(r.nextDouble()));
            }
            int min = Math.max(op.minArity(), 1);
            int k = op.maxArity() < 0 ? min + r.nextInt(3) : op.maxArity();
            for (int a = 0; a < k; a++) {
                // skip connections: any earlier node, not only the previous one
                Node src = nodes.get(r.nextInt(nodes.size()));
                Edge e = g.connect(src, n);
                if (op == Op.NEURON) e.setWeight(round(r.nextDouble() * 2 - 1));
            }
            if (t > 1 && op == Op.NEURON && r.nextBoolean()) {
                g.connect(n, n).setWeight(round(r.nextDouble() - 0.5)); // recurrent self-loop, delay 1
            }
            if (t > 1 && r.nextInt(4) == 0 && i > 0 && op == Op.ADD) {
                // a delayed edge from a later node back to this one
                Edge e = g.connect(nodes.get(nodes.size() - 1), n);
                e.setDelay(1 + r.nextInt(2));
            }
            nodes.add(n);
        }
        // a single output: sum everything that has no consumer yet
        List<Node> sinks = g.sinks();
        if (sinks.size() > 1) {
            Node out = g.add("out", Op.ADD);
            for (Node s : sinks) g.connect(s, out);
        }
        return g;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
