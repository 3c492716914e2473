package org.chainrule.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/** Large graphs for measuring the canvas: layers of add/mul/relu nodes with skip connections, placed on a grid. */
final class BigGraphs {
    private BigGraphs() {}

    /** {@code n} nodes in columns of {@code perLayer}; every non-input node has two earlier arguments. */
    static Graph layered(int n, int perLayer, long seed) {
        Random r = new Random(seed);
        Graph g = new Graph();
        g.setName(n + "-node layered graph");
        List<Node> all = new ArrayList<>();
        Op[] ops = {Op.ADD, Op.MUL, Op.ADD, Op.MAX};
        for (int i = 0; i < n; i++) {
            int layer = i / perLayer, row = i % perLayer;
            Node node;
            if (layer == 0) {
                node = g.add("x" + i, Op.INPUT);
                node.setValue(r.nextDouble());
            } else {
                node = g.add("n" + i, ops[r.nextInt(ops.length)]);
                int prevStart = (layer - 1) * perLayer;
                g.connect(all.get(prevStart + r.nextInt(perLayer)), node);
                // a skip connection from any earlier node
                g.connect(all.get(r.nextInt(prevStart + perLayer)), node);
            }
            node.setPosition(60.0 + layer * 140, 40.0 + row * 70 + (layer % 2) * 20);
            all.add(node);
        }
        // one output that sums every other sink
        List<Node> sinks = g.sinks();
        Node out = g.add("out", Op.ADD);
        for (Node s : sinks) g.connect(s, out);
        out.setPosition(60.0 + ((n - 1) / perLayer + 1) * 140, 40.0 + perLayer * 35);
        g.setOutputId("out");
        return g;
    }
}
