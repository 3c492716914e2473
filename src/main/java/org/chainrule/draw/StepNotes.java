package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainrule.draw.Annotations.EdgeNote;
import org.chainrule.draw.Annotations.NodeNote;
import org.chainrule.engine.StepState;
import org.chainrule.engine.StepState.GradientSum;
import org.chainrule.engine.StepState.QuantityGradient;
import org.chainrule.engine.StepState.Contribution;
import org.chainrule.engine.Trainer;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.KeyNames;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.DistinctNumbers;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;

/**
 * What one stepper position shows on the graph ({@link StepState} → {@link Annotations}), the one source
 * of the stepper's labels for the canvas and for {@code export --step}: values and gradients for people
 * (full precision in the tooltip), a node's gradient as the sum of its consumers' contributions
 * ({@code 1 + 0.001 = 1.001}, a recurrent edge with no later step contributing {@code 0}), trainable
 * quantities with their gradient (summed over time steps on recurrent graphs), the finite-difference
 * estimate beside each key's gradient when asked for, numbers a {@link Mask} hides or marks, and
 * {@code old → new} after an update, written once: in place of the weight on an edge and of the
 * {@code b = …} caption of a neuron.
 */
public final class StepNotes {
    private StepNotes() {}

    /** Hides or marks numbers (the stepper's quiz). */
    public interface Mask {
        /** What kind of number an item is. */
        enum Kind { VALUE, GRAD, EDGE_GRAD }

        /** The text shown for the number ({@code ?}, {@code ✓ 9}, or just the number). */
        String text(Kind kind, String key, int time, double expected);

        /** Whether the number is hidden (then what would give it away is left out too). */
        boolean hides(Kind kind, String key, int time);

        /** The text in place of a hidden number that is only carried along an edge. */
        default String hiddenText() { return "?"; }

        /** The tooltip of a hidden number (in place of its exact value). */
        default String hiddenTip() { return "hidden"; }
    }

    /** The labels of a stepper position with nothing hidden, no estimates and no update. */
    public static Annotations of(Graph graph, StepState state) {
        return of(graph, state, null, null, null);
    }

    /**
     * @param graph     the graph the state belongs to
     * @param state     what is known
     * @param mask      hides numbers and shows marks, or null
     * @param estimates finite-difference estimates by key, or null when the check is off
     * @param updates   the last update's changes (shown until the next step), or null
     */
    public static Annotations of(Graph graph, StepState state, Mask mask, Map<String, Double> estimates,
                                 List<Trainer.Update> updates) {
        Annotations.Builder b = Annotations.builder();
        int t = state.time();
        Node current = state.step() == null ? null : state.step().node();
        String out = outputName(graph);
        for (Node n : graph.nodes()) {
            NodeNote note = NodeNote.EMPTY;
            Double v = state.values().get(n);
            if (v != null) {
                // the given numbers of sources are never asked for
                boolean ask = mask != null && !n.op().isSource();
                note = note.withValue(ask ? mask.text(Mask.Kind.VALUE, n.id(), t, v) : Numbers.human(v),
                        ask && mask.hides(Mask.Kind.VALUE, n.id(), t) ? mask.hiddenTip() : tooltip(n.displayName(), v, t));
            }
            GradientSum g = state.grads().get(n);
            if (g != null) {
                boolean hidden = mask != null && mask.hides(Mask.Kind.GRAD, n.id(), t);
                String text = mask != null ? mask.text(Mask.Kind.GRAD, n.id(), t, g.total()) : sumText(g.terms(), g.total());
                if (!hidden) {
                    List<String> tips = new ArrayList<>();
                    note = note.withExtras(keyExtras(graph, n, state, estimates, out, tips), tips);
                }
                note = note.withGrad(text, hidden ? mask.hiddenTip()
                        : KeyNames.total(out, KeyNames.at(n, t, graph.timesteps() > 1)) + " = " + Numbers.exact(g.total()));
            }
            note = note.withHighlighted(n == current);
            // nodes the forward pass has not reached yet are drawn faint
            note = note.withDimmed(v == null && state.position() > 0);
            b.node(n.id(), note);
        }
        for (Edge e : graph.edges()) b.edge(graph.key(e), edgeNote(graph, e, state, mask, estimates, out));
        if (state.tensors().any()) TensorNotes.overlay(b, graph, state, mask, estimates);
        if (updates != null) applyUpdates(b, graph, updates);
        return b.build();
    }

    private static EdgeNote edgeNote(Graph graph, Edge e, StepState state, Mask mask, Map<String, Double> estimates,
                                     String out) {
        String key = graph.key(e);
        int t = state.time();
        EdgeNote note = EdgeNote.EMPTY;
        Double v = state.edgeValues().get(e);
        if (v != null && hidesCarried(graph, mask, e, t)) note = note.withValue(mask.hiddenText(), mask.hiddenTip());
        else if (v != null) note = note.withValue(Numbers.human(v), "carries " + Numbers.exact(v) + (t > 1 ? " at t = " + t : ""));
        Double d = state.edgeGrads().get(e);
        if (d != null) {
            String tip = "carries " + Numbers.exact(d) + " back to " + graph.source(e).displayName();
            QuantityGradient w = state.quantities().get(key);
            String text;
            if (w != null) {
                // an edge into a neuron is a weight: it shows ∂out/∂weight, the number exam questions
                // ask for (what it carries back is summed into its source's gradient)
                text = mask != null ? mask.text(Mask.Kind.EDGE_GRAD, key, t, w.sum()) : quantityText(w);
                if (mask == null || !mask.hides(Mask.Kind.EDGE_GRAD, key, t)) text += estimate(estimates, key, w);
                tip = KeyNames.total(out, KeyNames.of(graph, key)) + " = " + Numbers.exact(w.sum()) + (w.complete() ? "" : " so far") + "; " + tip;
            } else {
                text = mask != null ? mask.text(Mask.Kind.EDGE_GRAD, key, t, d) : Numbers.human(d);
            }
            note = note.withGrad(text, mask != null && mask.hides(Mask.Kind.EDGE_GRAD, key, t) ? mask.hiddenTip() : tip);
        }
        return note.withHighlighted(state.moving().contains(e));
    }

    /**
     * The gradients of the trainable keys a node holds, each with its estimate: a param's gradient summed
     * over time steps (written out: backpropagation through time), a neuron's bias (when it differs from
     * the node's own gradient) and an init read through a delayed edge, as running totals.
     */
    private static List<String> keyExtras(Graph graph, Node n, StepState state, Map<String, Double> estimates,
                                          String out, List<String> tips) {
        List<String> lines = new ArrayList<>();
        QuantityGradient value = state.quantities().get(n.id());
        if (value != null && n.op().isSource()) {
            boolean summed = value.terms().size() > 1;
            String sum = value.trainable() && summed ? "Σₜ " + quantityText(value) : "";
            // the estimate is of the key's total: beside one step's gradient of an input it would not match it
            line(lines, sum, summed && !value.trainable() ? "" : estimate(estimates, n.id(), value));
            tip(lines, tips, graph, out, value, estimates);
        }
        QuantityGradient bias = state.quantities().get(n.id() + ".bias");
        // with the identity and one time step the bias gradient is the node's own: no need to repeat it
        boolean sameAsNode = n.activation() == Activation.IDENTITY && bias != null && bias.terms().size() <= 1;
        if (bias != null && n.op() == Op.NEURON && !sameAsNode) {
            line(lines, KeyNames.total(out, KeyNames.of(graph, bias.key())) + " = " + totalText(bias), estimate(estimates, bias.key(), bias));
            tip(lines, tips, graph, out, bias, estimates);
        } else if (bias != null && n.op() == Op.NEURON) {
            line(lines, "", estimate(estimates, bias.key(), bias));
            tip(lines, tips, graph, out, bias, estimates);
        }
        QuantityGradient init = state.quantities().get(n.id() + ".init");
        if (init != null && !init.terms().isEmpty()) {
            line(lines, KeyNames.total(out, KeyNames.of(graph, init.key())) + " = " + totalText(init), estimate(estimates, init.key(), init));
            tip(lines, tips, graph, out, init, estimates);
        }
        return lines;
    }

    /** The exact value of the key whose line was just added ({@code ∂y_2/∂b(h_t) = −4.0000001}), with its estimate's. */
    private static void tip(List<String> lines, List<String> tips, Graph graph, String out, QuantityGradient q,
                            Map<String, Double> estimates) {
        if (tips.size() == lines.size()) return;   // no line was added
        Double fd = estimates == null || !q.complete() ? null : estimates.get(q.key());
        tips.add(KeyNames.total(out, KeyNames.of(graph, q.key())) + " = " + Numbers.exact(q.sum())
                + (q.complete() ? "" : " so far") + (fd == null ? "" : "; finite differences: " + Numbers.exact(fd)));
    }

    /** One key's line: its gradient and estimate (either may be empty), left out when both are. */
    private static void line(List<String> lines, String gradient, String estimate) {
        String s = (gradient + estimate).strip();
        if (!s.isEmpty()) lines.add(s);
    }

    /** A key's gradient as one number ("…" until every time step has contributed). */
    static String totalText(QuantityGradient q) {
        return Numbers.human(q.sum()) + (q.complete() ? "" : " …");
    }

    /** A key's gradient: the sum so far over time steps when there are several ("…" until complete). */
    static String quantityText(QuantityGradient q) {
        String s = q.terms().size() <= 1 ? Numbers.human(q.sum()) : sumText(q.terms(), q.sum());
        return q.complete() ? s : s + " …";
    }

    private static String estimate(Map<String, Double> estimates, String key, QuantityGradient q) {
        if (estimates == null || !q.complete()) return "";
        Double fd = estimates.get(key);
        return fd == null ? "" : " (fd " + Numbers.approximately(fd) + ")";
    }

    /** "8 + 16 = 24", "1 − 0.5 = 0.5"; a single term is just its number. */
    public static String sumText(List<Contribution> terms, double total) {
        if (terms.size() <= 1) return Numbers.human(total);
        return Annotations.sum(terms.stream().map(Contribution::value).toList(), total);
    }

    /**
     * Whether the value an edge carries is hidden: its source's computed value at the time step it is
     * read from (an init before t = 1 and the given numbers of sources are never hidden).
     */
    public static boolean hidesCarried(Graph g, Mask mask, Edge e, int t) {
        if (mask == null) return false;
        Node from = g.source(e);
        int read = t - g.delay(e);
        return !from.op().isSource() && read >= 1 && mask.hides(Mask.Kind.VALUE, from.id(), read);
    }

    /** The graph's output as the gradients' tooltips name it, read at the last step: {@code J}, {@code y_2}. */
    public static String outputName(Graph g) {
        Node out = g.output();
        return out == null ? "out" : KeyNames.at(out, g.timesteps(), g.timesteps() > 1);
    }

    /** The number an edge's gradient label shows: a weight's gradient on edges into neurons, else what it carries back. */
    public static Double shownEdgeGrad(Graph g, StepState s, Edge e) {
        Double d = s.edgeGrads().get(e);
        if (d == null) return null;
        QuantityGradient w = s.quantities().get(g.key(e));
        return w != null ? w.sum() : d;
    }

    private static String tooltip(String name, double v, int t) {
        return name + (t > 1 ? " at t = " + t : "") + " = " + Numbers.exact(v);
    }

    /**
     * After a gradient-descent step: {@code old → new} on every changed quantity, once: a weight in place
     * of the weight on its edge, a bias in place of the {@code b = …} caption, a value in place of the
     * node's value.
     */
    private static void applyUpdates(Annotations.Builder b, Graph graph, List<Trainer.Update> updates) {
        for (Trainer.Update u : updates) {
            if (u.isTensor()) {
                // two matrices and an arrow do not fit under a node: the new one, the old in the tooltip
                String id = u.key().endsWith(".init") ? u.key().substring(0, u.key().length() - 5) : u.key();
                if (graph.node(id) == null) continue;
                String tip = u.key() + ": " + TensorNotes.exact(u.was()) + " − lr·" + TensorNotes.exact(u.gradient()) + " → "
                        + TensorNotes.exact(u.now());
                b.node(id, b.node(id).withValue(TensorNotes.text(u.now()), tip).withHighlighted(true));
                continue;
            }
            String text = DistinctNumbers.text(f -> f.human(u.before()) + " → " + f.human(u.after()));
            String tip = u.key() + ": " + Numbers.exact(u.before()) + " − lr·" + Numbers.exact(u.grad()) + " → "
                    + Numbers.exact(u.after());
            String key = u.key();
            Edge e = key.contains("->") ? graph.edge(key) : null;
            if (key.contains("->")) {
                String name = e == null || e.label() == null || e.label().isBlank() ? "" : e.label() + " = ";
                EdgeNote note = b.edge(key);
                note = e != null && graph.target(e).op() == Op.NEURON ? note.withWeight(name + text, tip) : note.withValue(text, tip);
                b.edge(key, note.withHighlighted(true));
                continue;
            }
            int dot = key.lastIndexOf('.');
            String id = dot > 0 ? key.substring(0, dot) : key;
            String what = dot > 0 ? key.substring(dot + 1) : "";
            if (graph.node(id) == null) continue;
            NodeNote note = b.node(id).withHighlighted(true);
            if (what.equals("bias")) note = note.withCaption("b " + text, tip);
            else note = note.withValue(what.isEmpty() ? text : what + " " + text, tip);
            b.node(id, note);
        }
    }
}
