package org.chainrule.draw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * The curve of every edge: straight between the outlines of its nodes; parallel and opposite edges of
 * one pair bent apart; a delayed edge between two nodes bent into an arc (it usually runs backwards
 * against the flow); self-loops as loops above the node, bigger for each further loop. An edge that
 * would run through a third node or a loop, or along an edge routed before, is bent until it does not
 * (see {@link RouteCrowd}), so every edge is visible on its own.
 */
final class EdgeRouter {
    /** Arrowhead length and half width. */
    static final double ARROW_LENGTH = 9, ARROW_HALF_WIDTH = 4.2;
    /** Distance between the apexes of parallel edges. */
    static final double PARALLEL_GAP = 34;
    /** Height of a self-loop above its node's top, and the growth for each further loop. */
    static final double LOOP_HEIGHT = 34, LOOP_STEP = 16;

    /** A routed curve (see {@link DiagramEdge} for the meaning of the points). */
    record Route(Point start, Point c1, Point c2, Point end, List<Point> arrow, boolean straight, boolean selfLoop) {
        Point at(double t) { return Bezier.at(start, c1, c2, end, t); }

        Point tangent(double t) { return Bezier.tangent(start, c1, c2, end, t); }
    }

    private final Graph graph;
    private final Map<Node, DiagramNode> shapes;

    EdgeRouter(Graph graph, Map<Node, DiagramNode> shapes) {
        this.graph = graph;
        this.shapes = shapes;
    }

    /** Most nodes of a graph whose edges are routed around nodes, loops and each other. */
    static final int CAREFUL_MAX_NODES = 150;

    /** Routes every edge, in edge order. */
    Map<Edge, Route> routeAll() {
        Map<Edge, Route> routes = new LinkedHashMap<>();
        Map<String, List<Edge>> pairs = new LinkedHashMap<>();
        Map<Node, Integer> loops = new LinkedHashMap<>();
        // keeping every curve off the others pays on graphs a person reads number by number; on big
        // ones it would cost seconds per drawing for labels nobody reads at that zoom
        boolean careful = graph.nodeCount() <= CAREFUL_MAX_NODES;
        RouteCrowd crowd = new RouteCrowd();
        for (Map.Entry<Node, DiagramNode> e : shapes.entrySet()) crowd.block(e.getKey(), e.getValue().bounds().grow(3));
        // loops first: they have one place, and the other edges keep off them and the texts above them
        for (Edge e : graph.edges()) {
            Node s = graph.source(e), t = graph.target(e);
            if (s != t) {
                pairs.computeIfAbsent(pairKey(s, t), k -> new ArrayList<>()).add(e);
                continue;
            }
            int i = loops.merge(s, 1, Integer::sum) - 1;
            Route r = loop(shapes.get(s), i);
            routes.put(e, r);
            crowd.block(s, loopBox(r));
        }
        for (Edge e : graph.edges()) {
            Node s = graph.source(e), t = graph.target(e);
            if (s == t) continue;
            double offset = offset(e, pairs.get(pairKey(s, t)));
            Route r = careful ? clear(s, t, offset, crowd) : between(shapes.get(s), shapes.get(t), offset);
            routes.put(e, r);
            if (careful) crowd.add(r);
        }
        // in edge order
        Map<Edge, Route> ordered = new LinkedHashMap<>();
        for (Edge e : graph.edges()) ordered.put(e, routes.get(e));
        return ordered;
    }

    /**
     * The route {@link #routeAll} gives one edge of a big graph (more than {@link #CAREFUL_MAX_NODES}
     * nodes, where no edge is routed around the others), without routing the others.
     */
    Route route(Edge e) {
        Node s = graph.source(e), t = graph.target(e);
        if (s == t) {
            int i = 0;
            for (Edge o : graph.outgoing(s)) {
                if (o == e) break;
                if (graph.target(o) == s) i++;
            }
            return loop(shapes.get(s), i);
        }
        List<Edge> pair = new ArrayList<>();
        if (graph.jgrapht().getAllEdges(s, t).size() + graph.jgrapht().getAllEdges(t, s).size() == 1) pair.add(e);
        else for (Edge o : graph.edges()) if (pairKey(graph.source(o), graph.target(o)).equals(pairKey(s, t))) pair.add(o);
        return between(shapes.get(s), shapes.get(t), offset(e, pair));
    }

    /**
     * How far edge e bends from the straight line, given every edge between its two nodes ({@code pair},
     * in edge order): delay-0 edges of a pair part evenly; delayed ones (usually running back against the
     * flow) arc out further, each to the left of its own direction.
     */
    private double offset(Edge e, List<Edge> pair) {
        Node s = graph.source(e), t = graph.target(e);
        List<Edge> same = new ArrayList<>();
        for (Edge o : pair) if ((graph.delay(o) > 0) == (graph.delay(e) > 0)) same.add(o);
        if (graph.delay(e) > 0) {
            double len = shapes.get(s).centre().distance(shapes.get(t).centre());
            return Math.min(110, 30 + 0.18 * len) + same.indexOf(e) * PARALLEL_GAP;
        }
        if (same.size() <= 1) return 0;
        // measured in the direction of the first edge, so opposite edges part too
        Node first = graph.source(same.get(0));
        double o = (same.indexOf(e) - (same.size() - 1) / 2.0) * PARALLEL_GAP;
        return s == first ? o : -o;
    }

    private static String pairKey(Node a, Node b) {
        int c = a.id().compareTo(b.id());
        return c < 0 ? a.id() + "\u0000" + b.id() : b.id() + "\u0000" + a.id();
    }

    /** Bends tried (either way, in steps of this many pixels) when an edge's curve collides. */
    private static final double BEND = 28;
    private static final int BENDS = 7;

    /**
     * The curve with the given offset, or, while that runs through another node or a loop or along an
     * edge routed before, the least bent one that does not (the least colliding when none is clear).
     */
    private Route clear(Node s, Node t, double offset, RouteCrowd crowd) {
        Route best = null;
        double bestCost = Double.MAX_VALUE;
        for (int k = 0; k <= BENDS; k++) {
            for (int sign : k == 0 ? new int[] {1} : new int[] {1, -1}) {
                double o = offset + sign * k * BEND * (offset < 0 ? -1 : 1);
                Route r = between(shapes.get(s), shapes.get(t), o);
                double c = crowd.cost(r, s, t) + k;
                if (c < bestCost) {
                    bestCost = c;
                    best = r;
                }
            }
            if (bestCost < 1 + k) break;   // clear: bend no further
        }
        return best;
    }

    /** The room a self-loop takes: the loop and its weight and gradient above it. */
    private static Rect loopBox(Route r) {
        Rect b = null;
        for (int i = 0; i <= 20; i++) {
            Point p = r.at(i / 20.0);
            Rect q = new Rect(p.x(), p.y(), 0, 0);
            b = b == null ? q : b.union(q);
        }
        return new Rect(b.x() - 3, b.y() - LOOP_TEXT, b.width() + 6, b.height() + LOOP_TEXT);
    }

    /** Room above a loop kept for its weight and gradient. */
    private static final double LOOP_TEXT = 30;

    /** A curve from a's outline to b's, its middle pushed {@code offset} pixels to the left of a→b. */
    static Route between(DiagramNode a, DiagramNode b, double offset) {
        Point pa = a.centre(), pb = b.centre();
        Point d = pb.minus(pa);
        Point n = d.unit().normal();
        double k = offset / 0.75;   // a cubic with both controls pushed by k bulges 0.75·k at its middle
        Point c1 = pa.plus(d.times(1 / 3.0)).plus(n.times(k));
        Point c2 = pa.plus(d.times(2 / 3.0)).plus(n.times(k));
        Point start = clip(a, c1.minus(pa));
        Point tip = clip(b, c2.minus(pb));
        boolean straight = offset == 0;
        if (straight) {
            Point dd = tip.minus(start);
            c1 = start.plus(dd.times(1 / 3.0));
            c2 = start.plus(dd.times(2 / 3.0));
        }
        return finish(start, c1, c2, tip, straight, false);
    }

    /** The i-th self-loop of a node: out of its top left, around above, into its top right. */
    static Route loop(DiagramNode n, int i) {
        double top = n.y() - n.height() / 2;
        double r = Math.min(n.width() / 2 - 5, 11);
        double h = (LOOP_HEIGHT + i * LOOP_STEP) / 0.75;
        double spread = 14 + i * 8;
        Point start = new Point(n.x() - r, top);
        Point tip = new Point(n.x() + r, top);
        if (n.shape() == ShapeKind.CIRCLE) {
            double rad = n.width() / 2;
            double dy = Math.sqrt(Math.max(0, rad * rad - r * r));
            start = new Point(n.x() - r, n.y() - dy);
            tip = new Point(n.x() + r, n.y() - dy);
        }
        Point c1 = new Point(n.x() - r - spread, start.y() - h);
        Point c2 = new Point(n.x() + r + spread, tip.y() - h);
        return finish(start, c1, c2, tip, false, true);
    }

    /** Ends the line inside an arrowhead whose tip is {@code tip}. */
    private static Point endDirection(Point c2, Point tip, Point start) {
        Point u = tip.minus(c2);
        if (u.length() < 1e-6) u = tip.minus(start);
        return u.unit();
    }

    private static Route finish(Point start, Point c1, Point c2, Point tip, boolean straight, boolean loop) {
        Point u = endDirection(c2, tip, start);
        Point n = u.normal();
        Point base = tip.minus(u.times(ARROW_LENGTH));
        List<Point> arrow = List.of(tip, base.plus(n.times(ARROW_HALF_WIDTH)), base.minus(n.times(ARROW_HALF_WIDTH)));
        Point end = base.plus(u.times(2));
        if (straight) {
            Point dd = end.minus(start);
            c1 = start.plus(dd.times(1 / 3.0));
            c2 = start.plus(dd.times(2 / 3.0));
        }
        return new Route(start, c1, c2, end, arrow, straight, loop);
    }

    /** Where the ray from the node's centre in direction {@code dir} leaves its outline. */
    static Point clip(DiagramNode n, Point dir) {
        Point u = dir.unit();
        if (u.length() == 0) return n.centre();
        double t;
        if (n.shape() == ShapeKind.CIRCLE) {
            t = n.width() / 2;
        } else {
            double tx = Math.abs(u.x()) < 1e-9 ? Double.MAX_VALUE : (n.width() / 2) / Math.abs(u.x());
            double ty = Math.abs(u.y()) < 1e-9 ? Double.MAX_VALUE : (n.height() / 2) / Math.abs(u.y());
            t = Math.min(tx, ty);
        }
        return n.centre().plus(u.times(t));
    }
}
