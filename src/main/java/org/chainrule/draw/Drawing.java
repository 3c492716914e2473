package org.chainrule.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainrule.engine.TensorEdges;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;

/**
 * A {@link Diagram} together with what it was made of (every node and edge before its texts were
 * placed), so that the diagram of the same graph after an edit can be made from it ({@link #update})
 * instead of from scratch: the editor's way of redrawing a big graph after each change.
 *
 * <p>An update makes every node's shape and texts and every edge's route again (cheap: no placement)
 * and compares each with what the last drawing was made of:
 * <ul>
 *   <li>the same: the node or edge is kept as it was drawn, its texts where they were placed;</li>
 *   <li>only the words of its texts differ (a value edit: new numbers), in the same place and with the
 *       same texts present: the new texts are put where the old ones were, centred on the same points;</li>
 *   <li>otherwise (a new node or edge, a moved node, an edge whose route changed, a text that appeared):
 *       its texts are placed again by {@link LabelPlacer} against what lies near it.</li>
 * </ul>
 * When more than {@value #MOST_PLACED} nodes and edges need placing (a layout, a graph opened) the
 * diagram is built whole, as {@link DiagramBuilder} does. Graphs up to
 * {@link DiagramBuilder#CAREFUL_MAX_NODES} nodes, whose edges are routed around each other, are always
 * built whole.
 */
public final class Drawing {
    /** More nodes and edges than this to place again, and the diagram is built whole. */
    static final int MOST_PLACED = 400;
    /** Texts are placed against the nodes, lines and texts within about this distance of a change (pixels). */
    static final double NEAR = 160;
    /** Side of the cells that say what is near a change. */
    private static final double CELL = 256;
    private static final boolean TIMING = Boolean.getBoolean("chainrule.timing");

    private final DiagramBuilder builder;
    private final Diagram diagram;
    /**
     * Per node id and per edge (the model's edge itself: an edge key is a string made anew for each
     * look-up, which cost a third of comparing 10,000 edges): what it was made of, and it before its
     * texts were placed.
     */
    private final Map<String, Made<DiagramNode>> nodesMade;
    private final Map<Edge, Made<DiagramEdge>> edgesMade;
    private final boolean incremental;

    /**
     * What a node or edge was made of ({@code inputs}: equal inputs make an equal item), the item unplaced,
     * the item as drawn (its texts placed) and the box that takes with its texts.
     */
    private record Made<T>(Object inputs, T unplaced, T drawn, Rect box) {}

    private static Rect union(Rect a, Rect b) { return a == null ? b : a.union(b); }

    /** Everything {@link DiagramBuilder#node} reads. */
    private record NodeInputs(String name, Op op, Activation activation, String function, double bias, double x,
                              double y, boolean output, List<Integer> dims, Annotations.NodeNote note, Ink ink) {}

    /**
     * Everything {@link DiagramBuilder#unplacedEdge} and the route read (the index: which of the edges from
     * one node to the other it is, as its key says; the pair: how many edges join the two nodes).
     */
    private record EdgeInputs(int index, String from, String to, Rect fromBox, ShapeKind fromShape, Rect toBox,
                              ShapeKind toShape, int pair, boolean intoNeuron, String label, double weight, int delay,
                              List<Integer> flowing, Annotations.EdgeNote note, Ink ink) {}

    Drawing(DiagramBuilder builder, Diagram diagram, Map<String, Made<DiagramNode>> nodesMade,
            Map<Edge, Made<DiagramEdge>> edgesMade, boolean incremental) {
        this.builder = builder;
        this.diagram = diagram;
        this.nodesMade = nodesMade;
        this.edgesMade = edgesMade;
        this.incremental = incremental;
    }

    /** The drawing the full build made: the diagram and what each node and edge was made of. */
    static Drawing whole(DiagramBuilder builder, Diagram diagram, Graph graph, Annotations notes, Map<Node, int[]> dims,
                         Map<String, DiagramNode> unplacedNodes, Map<String, DiagramEdge> unplacedEdges) {
        Map<String, Made<DiagramNode>> nodes = new HashMap<>();
        Node out = graph.output();
        Map<String, DiagramNode> drawnNodes = new HashMap<>();
        for (DiagramNode d : diagram.nodes()) drawnNodes.put(d.id(), d);
        for (Node n : graph.nodes()) {
            DiagramNode d = drawnNodes.get(n.id());
            nodes.put(n.id(), new Made<>(inputs(n, out, notes, dims), unplacedNodes.get(n.id()), d, DiagramBuilder.box(d)));
        }
        Map<String, DiagramEdge> drawnEdges = new HashMap<>();
        for (DiagramEdge d : diagram.edges()) drawnEdges.put(d.key(), d);
        Map<Edge, Made<DiagramEdge>> edges = new IdentityHashMap<>(graph.edgeCount() * 2);
        for (Edge e : graph.edges()) {
            String key = graph.key(e);
            DiagramEdge d = drawnEdges.get(key);
            edges.put(e, new Made<>(inputs(graph, e, unplacedNodes, notes, dims), unplacedEdges.get(key), d,
                    DiagramBuilder.box(d)));
        }
        return new Drawing(builder, diagram, nodes, edges, false);
    }

    private static NodeInputs inputs(Node n, Node out, Annotations notes, Map<Node, int[]> dims) {
        // a node without a place has none to compare (update then builds the drawing whole)
        double x = n.hasPosition() ? n.x() : Double.NaN, y = n.hasPosition() ? n.y() : Double.NaN;
        return new NodeInputs(n.displayName(), n.op(), n.activation(), n.functionOutput() == null ? n.opName() : n.opName() + "." + n.functionOutput(), n.bias(), x, y, n == out,
                list(dims.get(n)), notes.node(n.id()), notes.derivativeInk());
    }

    private static EdgeInputs inputs(Graph g, Edge e, Map<String, DiagramNode> shapes, Annotations notes,
                                     Map<Node, int[]> dims) {
        Node s = g.source(e), t = g.target(e);
        DiagramNode a = shapes.get(s.id()), b = shapes.get(t.id());
        // the index counts as Graph.key does
        int index = 0, pair = 0;
        for (Edge o : g.jgrapht().getAllEdges(s, t)) {
            if (g.target(o) != t || g.source(o) != s) continue;
            pair++;
            if (index == 0 && o == e) index = pair;
        }
        if (s == t) pair = (int) g.outgoing(s).stream().filter(o -> g.target(o) == s).count();
        else pair += g.jgrapht().getAllEdges(t, s).size();
        // an edge's key is written only when the notes have notes of edges to look up
        Annotations.EdgeNote note = notes.edges().isEmpty() ? Annotations.EdgeNote.EMPTY : notes.edge(g.key(e));
        return new EdgeInputs(index, s.id(), t.id(), a.bounds(), a.shape(), b.bounds(), b.shape(), pair,
                t.op() == Op.NEURON, e.label(), e.weight(), g.delay(e), list(dims.get(s)), note,
                notes.derivativeInk());
    }

    private static List<Integer> list(int[] a) {
        if (a == null) return null;
        List<Integer> l = new ArrayList<>();
        for (int v : a) l.add(v);
        return l;
    }

    /** The drawing of a graph built whole, with the standard theme (the diagram {@link DiagramBuilder#build} gives). */
    public static Drawing of(Graph graph, Annotations notes) {
        return new DiagramBuilder(Theme.standard()).drawing(graph, notes);
    }

    public Diagram diagram() { return diagram; }

    /** Whether {@link #update} made this drawing from the one before (false: it was built whole). */
    public boolean incremental() { return incremental; }

    /**
     * The drawing of {@code graph} with {@code notes}, made from this one (the drawing of the same graph
     * before an edit) where little changed, else built whole.
     */
    public Drawing update(Graph graph, Annotations notes) {
        if (graph.nodeCount() <= DiagramBuilder.CAREFUL_MAX_NODES) return builder.drawing(graph, notes);
        // a node without a place is laid out with all the others
        for (Node n : graph.nodes()) if (!n.hasPosition()) return builder.drawing(graph, notes);
        long t0 = System.nanoTime();
        Map<Node, int[]> dims = TensorEdges.shapes(graph);
        Node out = graph.output();
        Map<Node, DiagramNode> shapes = new LinkedHashMap<>();
        Map<String, DiagramNode> shapeOf = new HashMap<>();
        Map<String, Made<DiagramNode>> nodesNow = new HashMap<>();
        List<DiagramNode> nodes = new ArrayList<>();
        List<Integer> nodesToPlace = new ArrayList<>();
        List<Node> graphNodes = new ArrayList<>(graph.nodes());
        boolean moved = graph.nodeCount() != diagram.nodes().size() || graph.edgeCount() != diagram.edges().size();
        List<PlacedText> newTexts = new ArrayList<>();
        int madeAgain = 0;
        for (Node n : graphNodes) {
            NodeInputs in = inputs(n, out, notes, dims);
            Made<DiagramNode> before = nodesMade.get(n.id()), now;
            if (before != null && in.equals(before.inputs())) {
                now = before;
            } else {
                madeAgain++;
                DiagramNode fresh = builder.node(graph, n, new Point(n.x(), n.y()), in.note(), dims.get(n), in.ink());
                DiagramNode kept = before == null ? null : kept(fresh, before.unplaced(), before.drawn());
                if (kept != null) newTexts.addAll(kept.texts());
                if (before != null && !before.drawn().bounds().equals(fresh.bounds())) moved = true;
                now = new Made<>(in, fresh, kept, kept == null ? null : DiagramBuilder.box(kept));
            }
            shapes.put(n, now.unplaced());
            shapeOf.put(n.id(), now.unplaced());
            nodesNow.put(n.id(), now);
            if (now.drawn() == null) nodesToPlace.add(nodes.size());
            nodes.add(now.drawn());
        }
        long t1 = System.nanoTime();
        EdgeRouter router = new EdgeRouter(graph, shapes);
        List<EdgeRouter.Route> routes = new ArrayList<>();
        Map<Edge, Made<DiagramEdge>> edgesNow = new IdentityHashMap<>(graph.edgeCount() * 2);
        List<DiagramEdge> edges = new ArrayList<>(), freshEdges = new ArrayList<>();
        List<Integer> edgesToPlace = new ArrayList<>();
        List<Edge> graphEdges = new ArrayList<>(graph.edges());
        for (Edge e : graphEdges) {
            EdgeInputs in = inputs(graph, e, shapeOf, notes, dims);
            Made<DiagramEdge> before = edgesMade.get(e), now;
            if (before != null && in.equals(before.inputs())) {
                now = before;
            } else {
                madeAgain++;
                DiagramEdge fresh = builder.unplacedEdge(graph, e, router.route(e), notes, dims.get(graph.source(e)));
                DiagramEdge kept = before == null ? null : kept(fresh, before.unplaced(), before.drawn());
                if (kept != null) newTexts.addAll(kept.texts());
                now = new Made<>(in, fresh, kept, kept == null ? null : DiagramBuilder.box(kept));
            }
            routes.add(route(now.unplaced()));
            edgesNow.put(e, now);
            freshEdges.add(now.unplaced());
            if (now.drawn() == null) edgesToPlace.add(edges.size());
            edges.add(now.drawn());
        }
        long t2 = System.nanoTime();
        if (nodesToPlace.size() + edgesToPlace.size() > MOST_PLACED) return builder.drawing(graph, notes);

        int linesNear = 0;
        if (!nodesToPlace.isEmpty() || !edgesToPlace.isEmpty()) {
            moved = true;
            // what is near a change: the cells within NEAR of it
            Set<Long> near = new HashSet<>();
            for (int i : nodesToPlace) mark(near, shapes.get(graphNodes.get(i)).bounds().grow(NEAR));
            for (int i : edgesToPlace) markAlong(near, routes.get(i));
            LabelPlacer placer = new LabelPlacer();
            placer.roughly();
            for (DiagramNode d : shapes.values()) if (touches(near, d.bounds())) placer.addNode(d.bounds());
            Set<Integer> placing = new HashSet<>(edgesToPlace);
            List<Integer> nearEdges = new ArrayList<>();
            double length = 0;
            for (int i = 0; i < graphEdges.size(); i++) {
                EdgeRouter.Route r = routes.get(i);
                if (!placing.contains(i) && !passes(near, r)) continue;
                nearEdges.add(i);
                length += r.start().distance(r.c1()) + r.c1().distance(r.c2()) + r.c2().distance(r.end());
            }
            placer.budgetLines(length);
            linesNear = nearEdges.size();
            Map<Integer, Integer> lines = new HashMap<>();
            // a line passing by is sampled only where it is near the change (a long edge would be sampled all along)
            for (int i : nearEdges) lines.put(i, placer.addLine(routes.get(i), placing.contains(i) ? b -> true : b -> touches(near, b)));
            // the texts that stay, as the texts to keep clear of
            for (DiagramNode d : nodes) {
                if (d == null) continue;
                for (PlacedText t : d.texts()) if (!d.inside(t) && touches(near, t.bounds())) placer.addText(t);
            }
            for (DiagramEdge d : edges) {
                if (d == null) continue;
                for (PlacedText t : d.texts()) if (touches(near, t.bounds())) placer.addText(t);
            }
            // as the full build does: the texts under nodes first, then self-loops' texts, then the other edges'
            for (int i : nodesToPlace) {
                Node n = graphNodes.get(i);
                boolean loop = graph.outgoing(n).stream().anyMatch(e -> graph.target(e) == n);
                DiagramNode placed = DiagramBuilder.placeStack(shapes.get(n), placer, loop);
                nodes.set(i, placed);
                nodesNow.compute(n.id(), (k, m) -> new Made<>(m.inputs(), m.unplaced(), placed, DiagramBuilder.box(placed)));
            }
            for (boolean loops : new boolean[] {true, false}) {
                for (int i : edgesToPlace) {
                    EdgeRouter.Route r = routes.get(i);
                    if (r.selfLoop() != loops) continue;
                    DiagramEdge placed = DiagramBuilder.placeEdge(freshEdges.get(i), r, lines.get(i), placer);
                    edges.set(i, placed);
                    edgesNow.compute(graphEdges.get(i), (k, m) -> new Made<>(m.inputs(), m.unplaced(), placed, DiagramBuilder.box(placed)));
                }
            }
        }
        long t3 = System.nanoTime();
        // the bounds: measured again after a move or a removal; when only words changed, grown to hold the new texts
        Rect bounds = diagram.bounds();
        if (moved) {
            // each node's and edge's box (kept ones: as it was; the curve's points are what cost)
            Rect b = null;
            for (Made<DiagramNode> m : nodesNow.values()) b = union(b, m.box());
            for (Made<DiagramEdge> m : edgesNow.values()) b = union(b, m.box());
            bounds = b == null ? new Rect(0, 0, 0, 0).grow(DiagramBuilder.MARGIN) : b.grow(DiagramBuilder.MARGIN);
        } else {
            for (PlacedText t : newTexts) bounds = bounds.union(t.bounds().grow(DiagramBuilder.MARGIN));
        }
        if (TIMING) System.err.printf("update: nodes %.1f edges %.1f (%d made again) placing %d+%d (%d lines near) %.1f bounds %.1f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, madeAgain, nodesToPlace.size(), edgesToPlace.size(), linesNear, (t3 - t2) / 1e6,
                (System.nanoTime() - t3) / 1e6);
        return new Drawing(builder, new Diagram(nodes, edges, builder.frames(graph, nodes), bounds), nodesNow, edgesNow, true);
    }

    private static EdgeRouter.Route route(DiagramEdge e) {
        return new EdgeRouter.Route(e.start(), e.c1(), e.c2(), e.end(), e.arrow(), e.straight(), e.selfLoop());
    }

    /** Whether the curve passes through a marked cell (sampled at half a cell). */
    private static boolean passes(Set<Long> cells, EdgeRouter.Route r) {
        if (!touches(cells, box(r))) return false;
        double len = r.start().distance(r.c1()) + r.c1().distance(r.c2()) + r.c2().distance(r.end());
        int k = Math.max(2, (int) Math.ceil(len / (CELL / 2)));
        for (int i = 0; i <= k; i++) {
            Point p = r.at(i / (double) k);
            if (cells.contains(cell(p))) return true;
        }
        return false;
    }

    /**
     * The node {@code fresh} (not yet placed) as it can be drawn without placing its texts: the last
     * drawing's {@code drawn} when it was made of the same ({@code before}), or {@code fresh} with its
     * texts where {@code drawn} had them when only their words differ; null when its texts must be placed.
     */
    private static DiagramNode kept(DiagramNode fresh, DiagramNode before, DiagramNode drawn) {
        if (before == null || drawn == null) return null;
        if (fresh.equals(before)) return drawn;
        if (fresh.x() != drawn.x() || fresh.y() != drawn.y() || fresh.width() != drawn.width()
                || fresh.height() != drawn.height() || fresh.shape() != drawn.shape()) return null;
        if (fresh.extras().size() != drawn.extras().size()) return null;
        PlacedText caption = at(fresh.caption(), drawn.caption()), value = at(fresh.value(), drawn.value()),
                grad = at(fresh.grad(), drawn.grad());
        if (caption == MISSING || value == MISSING || grad == MISSING) return null;
        List<PlacedText> extras = new ArrayList<>();
        for (int i = 0; i < fresh.extras().size(); i++) {
            PlacedText t = at(fresh.extras().get(i), drawn.extras().get(i));
            if (t == MISSING) return null;
            extras.add(t);
        }
        return new DiagramNode(fresh.id(), fresh.shape(), fresh.group(), fresh.x(), fresh.y(), fresh.width(),
                fresh.height(), fresh.title(), fresh.symbol(), fresh.dims(), caption, value, grad, extras, fresh.output(),
                fresh.highlighted(), fresh.dimmed(), fresh.styleClasses());
    }

    /** The same for an edge: kept when made of the same, its new texts at the old places when its route is the same. */
    private static DiagramEdge kept(DiagramEdge fresh, DiagramEdge before, DiagramEdge drawn) {
        if (before == null || drawn == null) return null;
        if (fresh.equals(before)) return drawn;
        if (!fresh.start().equals(drawn.start()) || !fresh.c1().equals(drawn.c1()) || !fresh.c2().equals(drawn.c2())
                || !fresh.end().equals(drawn.end()) || !fresh.arrow().equals(drawn.arrow())
                || fresh.straight() != drawn.straight() || fresh.selfLoop() != drawn.selfLoop()) return null;
        PlacedText weight = at(fresh.weight(), drawn.weight()), value = at(fresh.value(), drawn.value()),
                grad = at(fresh.grad(), drawn.grad()), delay = at(fresh.delayMark(), drawn.delayMark());
        if (weight == MISSING || value == MISSING || grad == MISSING || delay == MISSING) return null;
        return new DiagramEdge(fresh.key(), fresh.from(), fresh.to(), fresh.start(), fresh.c1(), fresh.c2(), fresh.end(),
                fresh.arrow(), fresh.straight(), fresh.selfLoop(), fresh.delay(), weight, value, grad, delay,
                fresh.highlighted(), fresh.dimmed(), fresh.styleClasses());
    }

    /** Marks a text that cannot take the place of the old one. */
    private static final PlacedText MISSING = new PlacedText(LabelText.plain(""), 0, 0, 0, Ink.TEXT, false, null);

    /**
     * The new text {@code fresh} centred where {@code drawn} was, when both are there and as high (a
     * line, or a grid of as many rows); null when neither is there; {@link #MISSING} otherwise.
     */
    private static PlacedText at(PlacedText fresh, PlacedText drawn) {
        if (fresh == null && drawn == null) return null;
        if (fresh == null || drawn == null || fresh.height() != drawn.height()) return MISSING;
        return fresh.at(drawn.x(), drawn.y());
    }

    // ---- what is near a change ----

    private static void mark(Set<Long> cells, Rect r) {
        for (long cx = cell(r.x()); cx <= cell(r.right()); cx++)
            for (long cy = cell(r.y()); cy <= cell(r.bottom()); cy++) cells.add(cell(cx, cy));
    }

    /** Marks the cells within NEAR of a curve (a long edge's box would take in half the graph). */
    private static void markAlong(Set<Long> cells, EdgeRouter.Route r) {
        double len = r.start().distance(r.c1()) + r.c1().distance(r.c2()) + r.c2().distance(r.end());
        int k = Math.max(2, (int) Math.ceil(len / (CELL / 2)));
        for (int i = 0; i <= k; i++) {
            Point p = r.at(i / (double) k);
            mark(cells, new Rect(p.x(), p.y(), 0, 0).grow(NEAR));
        }
    }

    private static boolean touches(Set<Long> cells, Rect r) {
        for (long cx = cell(r.x()); cx <= cell(r.right()); cx++)
            for (long cy = cell(r.y()); cy <= cell(r.bottom()); cy++) if (cells.contains(cell(cx, cy))) return true;
        return false;
    }

    private static long cell(double v) { return (long) Math.floor(v / CELL); }

    /** The cell (column, row) as one number. */
    private static long cell(long cx, long cy) { return cx << 32 ^ (cy & 0xffffffffL); }

    private static long cell(Point p) { return cell(cell(p.x()), cell(p.y())); }

    /** A box holding the route's curve (its control points hold it) and its arrowhead. */
    private static Rect box(EdgeRouter.Route r) {
        return Rect.around(r.start(), r.c1(), r.c2(), r.end(), r.arrow());
    }
}
