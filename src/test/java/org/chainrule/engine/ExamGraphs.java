package org.chainrule.engine;

import org.chainrule.ShippedGraphs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/** Exam graphs of docs/exam-graphs.md for tests, built here so the tests do not depend on the files in graphs/. */
public final class ExamGraphs {
    private ExamGraphs() {}

    /** TUM I2DL 2021 P6b: y = max(w·x + x, 0) at w = 0.001, x = 2. */
    public static Graph tumP6b() {
        Graph g = new Graph();
        g.add("x", Op.INPUT).setValue(2);
        g.add("w", Op.PARAM).setValue(0.001);
        g.add("wx", Op.MUL);
        g.add("s", Op.ADD);
        g.add("zero", Op.CONST).setValue(0);
        g.add("y", Op.MAX);
        g.connect("w", "wx");
        g.connect("x", "wx");
        g.connect("wx", "s");
        g.connect("x", "s");
        g.connect("s", "y");
        g.connect("zero", "y");
        return g;
    }

    /** UiO IN5400 2018 Ex 1: dense 2-3-1 net, identity activations, J = (ŷ − 32)². */
    public static Graph in5400Dense() {
        Graph g = new Graph();
        g.add("x1", Op.INPUT).setValue(1);
        g.add("x2", Op.INPUT).setValue(3);
        double[] bias = {1, 0, -1};
        double[][] w1 = {{2, 1, 3}, {2, -1, 1}};
        double[] w2 = {3, 1, 2};
        for (int k = 1; k <= 3; k++) g.add("h" + k, Op.NEURON).setBias(bias[k - 1]);
        Node yhat = g.add("yhat", Op.NEURON);
        yhat.setBias(1);
        g.add("y", Op.INPUT).setValue(32);
        g.add("J", Op.SQ_ERR);
        for (int j = 1; j <= 2; j++) {
            for (int k = 1; k <= 3; k++) g.connect("x" + j, "h" + k).setWeight(w1[j - 1][k - 1]);
        }
        for (int k = 1; k <= 3; k++) g.connect("h" + k, "yhat").setWeight(w2[k - 1]);
        g.connect("yhat", "J");
        g.connect("y", "J");
        return g;
    }

    /** A file of graphs/ (run from the project directory), or null when it is not there. */
    public static Graph file(String name) throws Exception {
        Path dir = ShippedGraphs.dir();
        Path p = dir.resolve(name);
        return Files.exists(p) ? GraphFile.read(p) : null;
    }
}
