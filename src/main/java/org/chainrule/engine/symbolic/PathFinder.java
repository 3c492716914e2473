package org.chainrule.engine.symbolic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * Every path from {@code wrt} to {@code of} through the graph unrolled in time, without recursion.
 *
 * <p>An edge with delay d into node n at step t comes from its source at step t − d; before step 1 it
 * reads the source's {@code init}, which is a path end only when the derivative is taken with respect to
 * that init ({@code h.init}). {@code of} is read at the last step T. Taken with respect to a node, the
 * paths start at that node at any step (the engine's gradient of a node is summed over steps), and a
 * path may pass through an earlier copy of it (h⟨1⟩ → h⟨2⟩): each such path is counted once.
 *
 * <p>Paths are listed in the order a depth-first walk back from {@code of} meets them, taking each
 * node's arguments in argument order; each is a list from the {@code wrt} end to {@code of}.
 */
public final class PathFinder {
    /** More paths than this are refused: the written-out sum would be unreadable anyway. */
    public static final int MAX_PATHS = 10_000;
    /** More partials than this over all paths together are refused too (long paths through many steps). */
    public static final int MAX_PARTIALS = 200_000;

    private final Graph graph;
    private final Node wrt;
    private final boolean wrtInit;
    private final int steps;

    private PathFinder(Graph graph, Node wrt, boolean wrtInit) {
        this.graph = graph;
        this.wrt = wrt;
        this.wrtInit = wrtInit;
        this.steps = graph.timesteps();
    }

    /**
     * The paths from {@code wrt} (at every step, or at step 0 when {@code wrtInit}) to {@code of} at the
     * last step. The delay-0 edges must form a DAG (validate the graph first).
     *
     * @throws IllegalArgumentException when there are more than {@link #MAX_PATHS} paths or more than
     *     {@link #MAX_PARTIALS} partials along them
     */
    public static List<List<TimeNode>> paths(Graph graph, Node of, Node wrt, boolean wrtInit) {
        return new PathFinder(graph, wrt, wrtInit).find(new TimeNode(of, graph.timesteps()));
    }

    private boolean isStart(TimeNode n) {
        return n.node() == wrt && (wrtInit ? n.t() == 0 : n.t() >= 1);
    }

    private List<List<TimeNode>> find(TimeNode of) {
        Set<TimeNode> reach = reachableFromWrt();
        List<List<TimeNode>> paths = new ArrayList<>();
        if (!reach.contains(of)) return paths;
        long partials = 0;
        // the longest possible path visits each unrolled node once; longer means a delay-0 cycle
        int longest = graph.nodeCount() * (steps + 1) + 1;
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(of, predecessors(of, reach)));
        if (isStart(of)) paths.add(List.of(of));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next >= f.preds.size()) {
                stack.pop();
                continue;
            }
            TimeNode p = f.preds.get(f.next++);
            if (stack.size() >= longest) throw new IllegalArgumentException("the graph has a cycle without delay");
            stack.push(new Frame(p, predecessors(p, reach)));
            if (isStart(p)) {
                if (paths.size() >= MAX_PATHS) {
                    throw new IllegalArgumentException("more than " + MAX_PATHS + " paths lead from "
                            + wrt.id() + " to " + of.node().id() + ": too many to write out");
                }
                partials += stack.size() - 1;
                if (partials > MAX_PARTIALS) {
                    throw new IllegalArgumentException("the paths from " + wrt.id() + " to " + of.node().id()
                            + " hold more than " + MAX_PARTIALS + " partial derivatives: too many to write out");
                }
                // the stack holds the path from its wrt end (top) to of (bottom)
                List<TimeNode> path = new ArrayList<>(stack.size());
                for (Frame s : stack) path.add(s.node);
                paths.add(path);
            }
        }
        return paths;
    }

    /** The distinct nodes a node at a step reads, in argument order, that lie on some path from wrt. */
    private List<TimeNode> predecessors(TimeNode n, Set<TimeNode> reach) {
        Set<TimeNode> out = new LinkedHashSet<>();
        if (n.t() == 0) return List.of();
        for (Edge e : graph.arguments(n.node())) {
            Node s = graph.source(e);
            int t = n.t() - graph.delay(e);
            TimeNode p = t >= 1 ? new TimeNode(s, t) : new TimeNode(s, 0);
            if (reach.contains(p)) out.add(p);
        }
        return new ArrayList<>(out);
    }

    /** Every unrolled node that wrt (at any step, or its init) can influence, wrt's copies included. */
    private Set<TimeNode> reachableFromWrt() {
        Set<TimeNode> seen = new HashSet<>();
        Deque<TimeNode> todo = new ArrayDeque<>();
        if (wrtInit) {
            todo.add(new TimeNode(wrt, 0));
        } else {
            for (int t = 1; t <= steps; t++) todo.add(new TimeNode(wrt, t));
        }
        seen.addAll(todo);
        while (!todo.isEmpty()) {
            TimeNode n = todo.poll();
            for (Edge e : graph.outgoing(n.node())) {
                Node target = graph.target(e);
                int d = graph.delay(e);
                List<TimeNode> next = new ArrayList<>();
                if (n.t() >= 1) {
                    if (n.t() + d <= steps) next.add(new TimeNode(target, n.t() + d));
                } else {
                    // an init is read at every step t with t − d < 1
                    for (int t = 1; t <= Math.min(d, steps); t++) next.add(new TimeNode(target, t));
                }
                for (TimeNode m : next) if (seen.add(m)) todo.add(m);
            }
        }
        return seen;
    }

    private static final class Frame {
        final TimeNode node;
        final List<TimeNode> preds;
        int next;

        Frame(TimeNode node, List<TimeNode> preds) {
            this.node = node;
            this.preds = preds;
        }
    }
}
