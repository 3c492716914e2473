package org.chainrule.ui.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.chainrule.draw.Annotations;
import org.chainrule.engine.GraphException;
import org.chainrule.engine.symbolic.ChainRule;
import org.chainrule.engine.symbolic.Derivative;
import org.chainrule.engine.symbolic.Notation;
import org.chainrule.engine.symbolic.PathEdges;
import org.chainrule.engine.symbolic.Term;
import org.chainrule.engine.symbolic.TimeNode;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.DistinctNumbers;
import org.chainrule.ops.Numbers;

/**
 * The chain-rule panel's state, without controls: which derivative (of, wrt), the formula written out,
 * its numbers, the paths, which path is highlighted ({@code -1}: all of them), and the annotations that
 * show it on the canvas. Recomputed when of or wrt change and on {@link #refresh()} (after an edit).
 */
public final class ChainRuleViewModel {
    /** {@link #pathProperty()} value that highlights every path at once. */
    public static final int ALL_PATHS = -1;

    private final ObjectProperty<Graph> graph = new SimpleObjectProperty<>(this, "graph");
    private final StringProperty of = new SimpleStringProperty(this, "of");
    private final StringProperty wrt = new SimpleStringProperty(this, "wrt");
    private final IntegerProperty path = new SimpleIntegerProperty(this, "path", ALL_PATHS);
    private final ReadOnlyObjectWrapper<Derivative> derivative = new ReadOnlyObjectWrapper<>(this, "derivative");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<String> paths = FXCollections.observableArrayList();
    private final ObservableList<String> nodeIds = FXCollections.observableArrayList();

    public ChainRuleViewModel() {
        graph.addListener((o, a, b) -> refresh());
        of.addListener((o, a, b) -> recompute());
        wrt.addListener((o, a, b) -> recompute());
    }

    /** The graph shown in the editor. */
    public ObjectProperty<Graph> graphProperty() { return graph; }

    public StringProperty ofProperty() { return of; }

    public StringProperty wrtProperty() { return wrt; }

    /** Index of the highlighted path, or {@link #ALL_PATHS}. */
    public IntegerProperty pathProperty() { return path; }

    /** The derivative written out, or null when there is none (no graph, a problem). */
    public ReadOnlyObjectProperty<Derivative> derivativeProperty() { return derivative.getReadOnlyProperty(); }

    public Derivative derivative() { return derivative.get(); }

    /** Why there is no formula (an invalid graph, a missing node), or empty. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** One line per path: {@code x2 → j → g → e   (2)}. */
    public ObservableList<String> paths() { return paths; }

    /** Every node id of the graph, for the of and wrt choices. */
    public ObservableList<String> nodeIds() { return nodeIds; }

    /** Picks defaults: of = the graph's output, wrt = {@code selected} (else the first source). */
    public void choose(Node selected) {
        Graph g = graph.get();
        if (g == null) return;
        Node out = g.output();
        if (out != null && (of.get() == null || g.node(of.get()) == null)) of.set(out.id());
        if (selected != null && g.contains(selected)) {
            wrt.set(selected.id());
        } else if (wrt.get() == null || g.node(wrt.get()) == null) {
            for (Node n : g.nodes()) {
                if (n.op().isSource() && n != out) {
                    wrt.set(n.id());
                    break;
                }
            }
        }
    }

    /** After the graph was edited: new node list, and the formula again. */
    public void refresh() {
        List<String> ids = new ArrayList<>();
        if (graph.get() != null) for (Node n : graph.get().nodes()) ids.add(n.id());
        if (!ids.equals(nodeIds)) nodeIds.setAll(ids);
        recompute();
    }

    /** Highlights the next path (after the last: all paths again). */
    public void nextPath() {
        int n = paths.size();
        if (n == 0) return;
        path.set(path.get() + 1 >= n ? ALL_PATHS : path.get() + 1);
    }

    /** Highlights the previous path (before the first: all paths). */
    public void previousPath() {
        int n = paths.size();
        if (n == 0) return;
        path.set(path.get() == ALL_PATHS ? n - 1 : path.get() - 1);
    }

    /** The equation for the clipboard, in LaTeX; empty when there is none. */
    public String latex() {
        Derivative d = derivative.get();
        return d == null ? "" : d.latexEquation();
    }

    /** The lines the panel shows: the equation, its numbers, its value. */
    public String formulaText() {
        Derivative d = derivative.get();
        if (d == null) return problem.get();
        String indent = " ".repeat(d.lhs().length());
        StringBuilder b = new StringBuilder(d.equation());
        if (!d.paths().isEmpty()) b.append('\n').append(indent).append(" = ").append(d.numbers());
        b.append('\n').append(indent).append(" = ").append(d.numberFormat().human(d.value()));
        return b.toString();
    }

    private void recompute() {
        Graph g = graph.get();
        Derivative d = null;
        String why = "";
        if (g == null || of.get() == null || wrt.get() == null) {
            why = "Pick what to differentiate (of) and with respect to what (wrt).";
        } else {
            try {
                d = ChainRule.derive(g, of.get(), wrt.get());
            } catch (GraphException e) {
                why = "The graph cannot be evaluated: " + e.getMessage();
            } catch (IllegalArgumentException e) {
                why = e.getMessage();
            }
        }
        List<String> lines = new ArrayList<>();
        if (d != null) {
            List<List<String>> names = d.pathNames();
            List<Double> values = d.pathValues();
            DistinctNumbers numbers = d.numberFormat();
            for (int i = 0; i < names.size(); i++) {
                lines.add(String.join(" → ", names.get(i)) + "   (" + numbers.human(values.get(i)) + ")");
            }
        }
        problem.set(why);
        derivative.set(d);
        paths.setAll(lines);
        if (path.get() >= lines.size()) path.set(ALL_PATHS);
    }

    /**
     * {@code base} with the highlighted path(s) on top: their nodes and edges highlighted, everything
     * else dimmed, and on each highlighted edge its factor and number ({@code ∂g/∂j = 2}). Without a
     * derivative, {@code base} unchanged.
     */
    public Annotations annotations(Annotations base) {
        Derivative d = derivative.get();
        Graph g = graph.get();
        if (d == null || g == null || d.paths().isEmpty()) return base;
        List<List<TimeNode>> shown = path.get() == ALL_PATHS || path.get() >= d.paths().size()
                ? d.paths() : List.of(d.paths().get(path.get()));
        Set<String> nodes = new HashSet<>();
        Set<String> edges = new HashSet<>();
        Annotations.Builder b = base.toBuilder();
        for (List<TimeNode> p : shown) {
            nodes.addAll(PathEdges.nodeIds(p));
            edges.addAll(PathEdges.edgeKeys(g, p));
        }
        for (Node n : g.nodes()) {
            boolean on = nodes.contains(n.id());
            b.node(n.id(), b.node(n.id()).withHighlighted(on).withDimmed(!on));
        }
        for (var e : g.edges()) {
            String key = g.key(e);
            boolean on = edges.contains(key);
            b.edge(key, b.edge(key).withHighlighted(on).withDimmed(!on));
        }
        // one path at a time: write each edge's factor on it (a recurrence may pass an edge twice; the last wins)
        if (shown.size() == 1) {
            List<TimeNode> p = shown.get(0);
            DistinctNumbers numbers = d.numberFormat();
            for (int i = 1; i < p.size(); i++) {
                Term.Partial f = new Term.Partial(p.get(i), p.get(i - 1));
                String text = Notation.UNICODE.derivative(p.get(i), p.get(i - 1), d.timed())
                        + " = " + numbers.human(d.factors().get(f));
                for (String key : PathEdges.edgeKeys(g, List.of(p.get(i - 1), p.get(i)))) {
                    b.edge(key, b.edge(key).withGrad(text, Numbers.exact(d.factors().get(f))));
                }
            }
        }
        return b.build();
    }
}
