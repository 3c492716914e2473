package org.chainrule.draw;

import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;

/** Small graphs built inline for the drawing tests (the shipped exam graphs are tested from graphs/). */
final class SampleGraphs {
    private SampleGraphs() {}

    /** TUM I2DL P6b: y = max(w·x + x, 0), without positions. */
    static Graph skip() {
        return org.chainrule.engine.ExamGraphs.tumP6b();
    }

    /** The ReLU RNN cell as a neuron with a recurrent self-loop: h_t = relu(u·h_{t−1} + w·x_t), y = v·h. */
    static Graph rnn() {
        Graph g = new Graph();
        Node x = g.add("x", Op.INPUT);
        x.setValues(java.util.List.of(1.0, 2.0));
        x.setLabel("x_t");
        Node h = g.add("h", Op.NEURON);
        h.setActivation(Activation.RELU);
        h.setInit(3);
        h.setLabel("h_t");
        Node y = g.add("y", Op.NEURON);
        y.setLabel("yhat");
        Edge xh = g.connect(x, h);
        xh.setWeight(2.0);
        Edge hh = g.connect(h, h);
        hh.setWeight(3.0);
        Edge hy = g.connect(h, y);
        hy.setWeight(-1.0);
        return g;
    }

    /** Two parallel edges a→b, one back b→a with delay 1, positions given. */
    static Graph parallel() {
        Graph g = new Graph();
        Node a = g.add("a", Op.INPUT);
        a.setValues(java.util.List.of(2.0, 0.5));
        a.setPosition(60.0, 100.0);
        Node b = g.add("b", Op.MUL);
        b.setPosition(260.0, 100.0);
        g.connect(a, b);
        g.connect(a, b);
        Node c = g.add("c", Op.ADD);
        c.setPosition(460.0, 100.0);
        g.connect(b, c);
        Edge back = g.connect(c, b);
        back.setDelay(1);
        g.setOutputId("c");
        return g;
    }
}
