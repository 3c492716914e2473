package org.chainrule.layout;

import java.util.IdentityHashMap;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/** The one place that talks to Eclipse ELK: builds an ELK graph, runs ELK Layered, reads back centres. */
final class ElkLayered {
    private static volatile boolean registered;

    private ElkLayered() {}

    /** ELK finds its algorithms through Eclipse extension points; outside Eclipse we register by hand. */
    private static void register() {
        if (registered) return;
        synchronized (ElkLayered.class) {
            if (registered) return;
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    /**
     * Crossing minimisation takes about 70% of the time and repeats its sweeps {@code thoroughness}
     * times: exam-sized graphs get ELK's default 7, a 1,000-node graph one pass (about 0.8 s instead of
     * 2 s warm on the project machine), so that opening a big generated graph stays interactive.
     */
    static int thoroughness(int nodes) {
        if (nodes <= 200) return 7;
        if (nodes <= BIG) return 3;
        return 1;
    }

    /**
     * Above this many nodes placement within layers is ELK's simple one (centred layers) instead of
     * Brandes–Köpf, which straightens long edges but took 40% of the time of a 1,000-node layout
     * (CPU time on the project machine: 400–500 ms warm with it, 215–290 ms without).
     */
    static final int BIG = 500;

    /** Node centres (whole pixels) of a left-to-right layered layout of the whole graph, drawing starting at (margin, margin). */
    static Map<Node, double[]> centres(Graph g) {
        return BigStack.call("ELK layout", () -> centresHere(g));
    }

    private static Map<Node, double[]> centresHere(Graph g) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LayeredLayout.LAYER_GAP * (hasSelfLoop(g) ? 1.5 : 1));
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, LayeredLayout.LAYER_GAP / 4);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, LayeredLayout.NODE_GAP * (hasSelfLoop(g) ? 2 : 1));
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, LayeredLayout.NODE_GAP * 1.5);
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.THOROUGHNESS, thoroughness(g.nodeCount()));
        if (g.nodeCount() > BIG) root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(LayeredLayout.MARGIN));

        Map<Node, ElkNode> elk = new IdentityHashMap<>();
        Node output = g.output();
        for (Node n : g.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setDimensions(LayeredLayout.NODE_WIDTH, LayeredLayout.NODE_HEIGHT);
            if (n.op() == Op.INPUT) e.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            else if (n == output) e.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
            elk.put(n, e);
        }
        EdgeOrientation order = EdgeOrientation.of(g);
        for (Edge e : g.edges()) {
            Node s = g.source(e), t = g.target(e);
            if (s == t) continue; // a self-loop has no say in layering and ELK draws it in its own way
            if (order.forward(g, e)) ElkGraphUtil.createSimpleEdge(elk.get(s), elk.get(t));
            else ElkGraphUtil.createSimpleEdge(elk.get(t), elk.get(s));
        }

        LayoutProgress.checkCancelled();
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor() {
            @Override
            public boolean isCanceled() { return Thread.currentThread().isInterrupted(); }
        });
        LayoutProgress.checkCancelled();

        Map<Node, double[]> out = new IdentityHashMap<>();
        for (Map.Entry<Node, ElkNode> en : elk.entrySet()) {
            ElkNode e = en.getValue();
            // whole pixels: the positions end up in files people read and diff
            out.put(en.getKey(), new double[] {
                Math.rint(e.getX() + e.getWidth() / 2), Math.rint(e.getY() + e.getHeight() / 2)});
        }
        return out;
    }

    /** Whether a node feeds itself: its loop and the loop's texts need room beside the node's other edges. */
    private static boolean hasSelfLoop(Graph g) {
        for (var e : g.edges()) if (g.source(e) == g.target(e)) return true;
        return false;
    }
}
