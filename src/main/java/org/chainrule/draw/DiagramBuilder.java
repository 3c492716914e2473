package org.chainrule.draw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainrule.engine.TensorEdges;
import org.chainrule.model.CellCalls;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;
import org.chainrule.ops.OpGroup;

/**
 * Computes the {@link Diagram} of a graph: node shapes at the model's positions (nodes without one are
 * laid out by {@link LayeredLayout}), edge curves and arrowheads, and every text where it overlaps nothing else.
 * Shapes: ops are boxes showing their label over their symbol (+, ×, max, σ, ReLU), neurons are
 * circles (label over activation), inputs, params and constants rounded boxes. Below a node: a
 * neuron's bias ({@code b = 1}, when not 0), then the annotated value and gradient. Edges into neurons
 * carry their weight on the line, with its name when the edge has a {@code label} ({@code w[1]_13 = 3}).
 */
public final class DiagramBuilder {
    /** Space around everything drawn. */
    public static final double MARGIN = 14;
    /**
     * Up to this many nodes edges are routed around nodes and each other and texts get a place clearly
     * their own (docs/drawing-and-export.md); a bigger graph is drawn fast, its texts only kept apart.
     */
    public static final int CAREFUL_MAX_NODES = EdgeRouter.CAREFUL_MAX_NODES;

    private final Theme theme;

    public DiagramBuilder(Theme theme) { this.theme = theme; }

    /** The diagram of a graph with the standard theme's font sizes. */
    public static Diagram build(Graph graph, Annotations notes) {
        return new DiagramBuilder(Theme.standard()).diagram(graph, notes);
    }

    /** The diagram of a graph with this builder's theme. */
    public Diagram diagram(Graph graph, Annotations notes) { return drawing(graph, notes, false).diagram(); }

    /** The diagram of a graph with what it was made of, so that {@link Drawing#update} can reuse it. */
    Drawing drawing(Graph graph, Annotations notes) { return drawing(graph, notes, true); }

    /** {@code toUpdate}: keep what each node and edge was made of (an exporter needs only the diagram). */
    private Drawing drawing(Graph graph, Annotations notes, boolean toUpdate) {
        Map<Node, Point> at = positions(graph);
        Map<Node, int[]> dims = TensorEdges.shapes(graph);
        Map<Node, DiagramNode> shapes = new LinkedHashMap<>();
        LabelPlacer placer = new LabelPlacer();
        if (graph.nodeCount() > EdgeRouter.CAREFUL_MAX_NODES) placer.roughly();
        for (Node n : graph.nodes()) {
            DiagramNode d = node(graph, n, at.get(n), notes.node(n.id()), dims.get(n), notes.derivativeInk());
            shapes.put(n, d);
            placer.addNode(d.bounds());
        }
        // a cell's frame holds its name where no other text may go
        List<DiagramFrame> frames = frames(graph, new ArrayList<>(shapes.values()));
        for (DiagramFrame f : frames) placer.addNode(f.label().bounds());
        Map<String, DiagramNode> unplacedNodes = new LinkedHashMap<>();
        for (DiagramNode d : shapes.values()) unplacedNodes.put(d.id(), d);
        Map<String, DiagramEdge> unplacedEdges = new LinkedHashMap<>();
        stopIfCancelled();
        Map<Edge, EdgeRouter.Route> routes = new EdgeRouter(graph, shapes).routeAll();
        stopIfCancelled();
        Map<Edge, Integer> lines = new LinkedHashMap<>();
        double length = 0;
        for (EdgeRouter.Route r : routes.values()) length += r.start().distance(r.c1()) + r.c1().distance(r.c2()) + r.c2().distance(r.end());
        placer.budgetLines(length);
        for (Edge e : graph.edges()) lines.put(e, placer.addLine(routes.get(e)));
        // texts under nodes first (they belong to a fixed place), then the edges' texts around them
        for (Node n : graph.nodes()) {
            boolean loop = graph.outgoing(n).stream().anyMatch(e -> graph.target(e) == n);
            shapes.put(n, placeStack(shapes.get(n), placer, loop));
        }
        stopIfCancelled();
        // self-loops' texts first: they must stay within a few pixels of a small loop, where any other
        // edge has its whole length to choose from
        Map<Edge, DiagramEdge> drawn = new LinkedHashMap<>();
        for (boolean loops : new boolean[] {true, false}) {
            for (Edge e : graph.edges()) {
                if (routes.get(e).selfLoop() != loops) continue;
                DiagramEdge unplaced = unplacedEdge(graph, e, routes.get(e), notes, dims.get(graph.source(e)));
                unplacedEdges.put(unplaced.key(), unplaced);
                drawn.put(e, placeEdge(unplaced, routes.get(e), lines.get(e), placer));
                if ((drawn.size() & 1023) == 0) stopIfCancelled();
            }
        }
        List<DiagramEdge> edges = new ArrayList<>();
        for (Edge e : graph.edges()) edges.add(drawn.get(e));
        List<DiagramNode> nodes = new ArrayList<>(shapes.values());
        Diagram diagram = new Diagram(nodes, edges, frames, bounds(nodes, edges));
        return toUpdate ? Drawing.whole(this, diagram, graph, notes, dims, unplacedNodes, unplacedEdges)
                : new Drawing(this, diagram, Map.of(), Map.of(), false);
    }

    /**
     * Ends a drawing whose thread was interrupted (the editor cancels a drawing that a newer one replaces),
     * so that it stops using the processor.
     */
    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("drawing cancelled");
    }

    static DiagramNode placeStack(DiagramNode d, LabelPlacer placer, boolean loopAbove) {
        List<PlacedText> stack = new ArrayList<>();
        for (PlacedText t : new PlacedText[] {d.caption(), d.value(), d.grad()}) if (t != null) stack.add(t);
        stack.addAll(d.extras());
        List<PlacedText> placed = placer.placeStack(d.bounds(), stack, loopAbove);
        int i = 0;
        PlacedText caption = d.caption() == null ? null : placed.get(i++);
        PlacedText value = d.value() == null ? null : placed.get(i++);
        PlacedText grad = d.grad() == null ? null : placed.get(i++);
        List<PlacedText> extras = placed.subList(i, placed.size());
        return new DiagramNode(d.id(), d.shape(), d.group(), d.x(), d.y(), d.width(), d.height(), d.title(), d.symbol(),
                d.dims(), caption, value, grad, extras, d.output(), d.highlighted(), d.dimmed(), d.styleClasses());
    }

    // ---- positions ----

    static Map<Node, Point> positions(Graph g) {
        Map<Node, Point> at = new LinkedHashMap<>();
        boolean all = true;
        for (Node n : g.nodes()) {
            if (n.hasPosition()) at.put(n, new Point(n.x(), n.y()));
            else all = false;
        }
        if (all) return at;
        // lay out a copy: drawing never changes the model
        Graph copy = g.copy();
        LayeredLayout.applyToUnplaced(copy);
        for (Node n : g.nodes()) {
            Node c = copy.node(n.id());
            at.put(n, new Point(c.x(), c.y()));
        }
        return at;
    }

    // ---- nodes ----

    DiagramNode node(Graph g, Node n, Point p, Annotations.NodeNote note, int[] tensorShape, Ink derivative) {
        LabelText title = LabelText.parse(n.displayName());
        double ts = theme.titleSize();
        double tw = title.width(ts);
        String sym = symbol(n);
        ShapeKind shape;
        double w, h;
        PlacedText titleText, symbolText = null, dimsText = null;
        // a tensor's shape under the name (2×3): the shape grows by a line, its texts move up
        String dims = tensorShape == null ? "" : TensorNotes.dims(tensorShape);
        double up = dims.isEmpty() ? 0 : 6;
        double dw = dims.isEmpty() ? 0 : LabelText.plain(dims).width(theme.smallSize()) + 16;
        if (n.op() == Op.NEURON) {
            shape = ShapeKind.CIRCLE;
            double ss = theme.smallSize();
            double sw = sym.isEmpty() ? 0 : LabelText.symbol(sym).width(ss);
            w = h = Math.max(46 + 2 * up, Math.max(Math.max(tw, sw) + 16, dw));
            titleText = text(title, p.x(), (sym.isEmpty() ? p.y() : p.y() - 6) - up, ts, Ink.TEXT, false, null);
            if (!sym.isEmpty()) symbolText = text(LabelText.symbol(sym), p.x(), p.y() + 10 - up, ss, Ink.MUTED, false, null);
        } else if (n.op().isSource()) {
            shape = ShapeKind.ROUNDED;
            w = Math.max(40, Math.max(tw + 20, dw));
            h = 32 + 2 * up;
            titleText = text(title, p.x(), p.y() - 1.3 * up, ts, Ink.TEXT, false, null);
        } else {
            shape = ShapeKind.BOX;
            double ss = theme.symbolSize();
            double sw = LabelText.symbol(sym).width(ss);
            w = Math.max(50, Math.max(Math.max(tw, sw) + 16, dw));
            h = 46 + 2 * up;
            titleText = text(title, p.x(), p.y() - 9 - up, ts, Ink.TEXT, false, null);
            symbolText = text(LabelText.symbol(sym), p.x(), p.y() + 10 - 1.3 * up, ss, Ink.MUTED, false, null);
        }
        if (!dims.isEmpty()) dimsText = text(LabelText.plain(dims), p.x(), p.y() + h / 2 - 9, theme.smallSize(), Ink.MUTED, false, null);
        // texts under the shape, top to bottom; placed later, once the edges are known
        double ls = theme.labelSize();
        PlacedText caption = null, value = null, grad = null;
        if (note.caption() != null) {
            caption = label(note.caption(), theme.smallSize(), Ink.MUTED, note.captionTooltip());
        } else if (n.op() == Op.NEURON && n.bias() != 0) {
            caption = text(LabelText.plain("b = " + Numbers.human(n.bias())), p.x(), p.y(), theme.smallSize(), Ink.MUTED,
                    true, Numbers.exact(n.bias()));
        }
        if (note.value() != null) {
            value = label(note.value(), ls, Ink.FORWARD, note.valueTooltip());
        }
        if (note.grad() != null) {
            grad = label(note.grad(), ls, derivative, note.gradTooltip());
        }
        // the gradients of the keys the node holds: one line each, so a long sum never cuts them off
        List<PlacedText> extras = new ArrayList<>();
        for (int i = 0; i < note.extras().size(); i++) {
            extras.add(label(note.extras().get(i), ls, derivative, note.extraTooltips().get(i)));
        }
        boolean output = n == g.output();
        List<String> classes = new ArrayList<>(List.of("node", "op-" + n.op().id(),
                "group-" + n.op().group().name().toLowerCase(Locale.ROOT)));
        if (output) classes.add("output");
        if (note.highlighted()) classes.add("highlighted");
        if (note.dimmed()) classes.add("dimmed");
        return new DiagramNode(n.id(), shape, n.op().group(), p.x(), p.y(), w, h, titleText, symbolText, dimsText, caption,
                value, grad, extras, output, note.highlighted(), note.dimmed(), classes);
    }

    /** The op's symbol; for a neuron its activation's (empty for identity); for a function node its name. */
    private static String symbol(Node n) {
        if (n.op() == Op.NEURON) {
            Activation a = n.activation();
            return a == null ? "" : a.symbol();
        }
        if (n.op() == Op.FUNCTION) { // a function node: the function's own name, and the output of a cell it computes
            return n.functionOutput() == null ? n.opName() : n.opName() + "." + n.functionOutput();
        }
        return n.op().symbol();
    }

    /** A number label (boxed, placed later), shortened with an ellipsis when too long: the tooltip keeps it whole. */
    private static PlacedText label(String full, double size, Ink ink, String tip) {
        TextGrid grid = TextGrid.parse(full);
        if (grid != null) return new PlacedText(LabelText.plain(full), 0, 0, size, ink, true, tip, grid);
        String shown = Ellipsis.fit(full, size);
        return text(LabelText.plain(shown), 0, 0, size, ink, true, Ellipsis.tooltip(full, shown, tip));
    }

    private static PlacedText text(LabelText t, double x, double y, double size, Ink ink, boolean boxed, String tip) {
        return new PlacedText(t, x, y, size, ink, boxed, tip);
    }

    // ---- edges ----

    /** An edge's texts placed by {@code placer} on its route ({@code line}: the route's index in the placer). */
    static DiagramEdge placeEdge(DiagramEdge e, EdgeRouter.Route r, int line, LabelPlacer placer) {
        PlacedText[] placed = placer.placeEdge(r, line, e.weight(), e.value(), e.grad(), e.delayMark());
        return new DiagramEdge(e.key(), e.from(), e.to(), e.start(), e.c1(), e.c2(), e.end(), e.arrow(), e.straight(),
                e.selfLoop(), e.delay(), placed[0], placed[1], placed[2], placed[3], e.highlighted(), e.dimmed(),
                e.styleClasses());
    }

    /** An edge on its route with its texts not yet placed (at the origin). */
    DiagramEdge unplacedEdge(Graph g, Edge e, EdgeRouter.Route r, Annotations notes, int[] flowing) {
        String key = g.key(e);
        Annotations.EdgeNote note = notes.edge(key);
        Node target = g.target(e);
        double ls = theme.labelSize();
        PlacedText weight = null, value = null, grad = null, delay = null;
        if (target.op() == Op.NEURON) {
            // an edge may name its weight as the exam does ("label": "w[1]_13"): then "w[1]_13 = 3"
            String name = e.label() == null || e.label().isBlank() ? null : e.label();
            String number = Numbers.human(e.weight());
            LabelText w = note.weight() != null ? LabelText.parse(note.weight())
                    : name != null ? LabelText.parse(name + " = " + number) : LabelText.plain(number);
            weight = text(w, 0, 0, ls, Ink.TEXT, true, note.weight() != null ? note.weightTooltip() : Numbers.exact(e.weight()));
        } else if (flowing != null && flowing.length > 0 && note.value() == null && note.grad() == null) {
            // on a tensor graph an edge says the shape it carries ([3]) where it shows no value
            weight = text(LabelText.plain(TensorNotes.flowing(flowing)), 0, 0, theme.smallSize(), Ink.MUTED, true, null);
        }
        if (note.value() != null) value = label(note.value(), ls, Ink.FORWARD, note.valueTooltip());
        if (note.grad() != null) grad = label(note.grad(), ls, notes.derivativeInk(), note.gradTooltip());
        int d = g.delay(e);
        if (d > 0) delay = text(LabelText.plain(d == 1 ? "t−1" : "t−" + d), 0, 0, theme.smallSize(), Ink.MUTED, true, null);
        List<String> classes = new ArrayList<>(List.of("edge"));
        if (d > 0) classes.add("delayed");
        if (r.selfLoop()) classes.add("self-loop");
        if (note.highlighted()) classes.add("highlighted");
        if (note.dimmed()) classes.add("dimmed");
        return new DiagramEdge(key, g.source(e).id(), target.id(), r.start(), r.c1(), r.c2(), r.end(), r.arrow(),
                r.straight(), r.selfLoop(), d, weight, value, grad, delay, note.highlighted(),
                note.dimmed(), classes);
    }

    // ---- frames ----

    /** A frame around the nodes of each use of a cell that two or more nodes make ({@link CellCalls}). */
    List<DiagramFrame> frames(Graph g, List<DiagramNode> drawn) {
        List<DiagramFrame> out = new ArrayList<>();
        Map<String, DiagramNode> byId = new LinkedHashMap<>();
        for (DiagramNode d : drawn) byId.put(d.id(), d);
        for (List<Node> use : CellCalls.all(g)) {
            if (use.size() < 2) continue;
            List<DiagramNode> members = new ArrayList<>();
            for (Node n : use) if (byId.containsKey(n.id())) members.add(byId.get(n.id()));
            if (members.size() < 2) continue;
            out.add(DiagramFrame.around(members, LabelText.plain(use.get(0).function()), theme.smallSize(), Ink.MUTED));
        }
        return out;
    }

    // ---- bounds ----

    static Rect bounds(List<DiagramNode> nodes, List<DiagramEdge> edges) {
        Rect b = null;
        for (DiagramNode n : nodes) b = union(b, box(n));
        for (DiagramEdge e : edges) b = union(b, box(e));
        if (b == null) b = new Rect(0, 0, 0, 0);
        return b.grow(MARGIN);
    }

    /** What a node takes with its texts. */
    static Rect box(DiagramNode n) {
        Rect b = n.bounds();
        for (PlacedText t : n.texts()) b = b.union(t.bounds());
        return b;
    }

    /** What an edge takes (points along its curve, its arrowhead) with its texts. */
    static Rect box(DiagramEdge e) {
        Rect b = null;
        for (int i = 0; i <= 16; i++) {
            Point p = e.at(i / 16.0);
            b = union(b, new Rect(p.x(), p.y(), 0, 0));
        }
        for (Point p : e.arrow()) b = union(b, new Rect(p.x(), p.y(), 0, 0));
        for (PlacedText t : e.texts()) b = union(b, t.bounds());
        return b;
    }

    private static Rect union(Rect a, Rect b) { return a == null ? b : a.union(b); }
}
