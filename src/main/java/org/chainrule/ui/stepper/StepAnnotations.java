package org.chainrule.ui.stepper;

import java.util.List;
import java.util.Map;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Annotations.EdgeNote;
import org.chainrule.draw.Annotations.NodeNote;
import org.chainrule.engine.StepState;
import org.chainrule.engine.StepState.GradientSum;
import org.chainrule.engine.StepState.QuantityGradient;
import org.chainrule.engine.StepState.Term;
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
 * Turns what a stepper position knows ({@link StepState}) into what the canvas draws
 * ({@link Annotations}): values and gradients for people (4 significant digits, full precision in the
 * tooltip), a fork's gradient as the sum of its consumers' contributions ({@code 1 + 0.001 = 1.001}),
 * trainable quantities with their gradient (summed over time steps on recurrent graphs; names as
 * {@link KeyNames} writes them, {@code d/db(h_3)}, {@code d/dh_0}, tooltips {@code dJ/dw[1]_13 = 16}), the
 * finite-difference estimate beside each key's gradient when the check is on, quiz marks in place of
 * hidden numbers, and {@code old → new} after an update. Plain Java: tested without a window.
 */
public final class StepAnnotations {
    /** Text shown in place of a number the quiz hides. */
    public static final String HIDDEN = "?";
    /** Tooltip of a hidden number. */
    static final String HIDDEN_TIP = "hidden by the quiz: answer it in the quiz line, or Reveal";

    private StepAnnotations() {}

    /**
     * @param graph     the graph the state belongs to
     * @param state     what is known
     * @param quiz      hides numbers and shows marks, or null
     * @param estimates finite-difference estimates by key, or null when the check is off
     * @param updates   the last update's changes (shown until the next step), or null
     */
    public static Annotations of(Graph graph, StepState state, Quiz quiz, Map<String, Double> estimates,
                                 List<Trainer.Update> updates) {
        Annotations.Builder b = Annotations.builder();
        int t = state.time();
        Node current = state.step() == null ? null : state.step().node();
        String out = outputName(graph);
        for (Node n : graph.nodes()) {
            NodeNote note = NodeNote.EMPTY;
            Double v = state.values().get(n);
            if (v != null) {
                Quiz.Item item = Quiz.item(Quiz.Kind.VALUE, n.id(), t);
                // the given numbers of sources are never asked for
                boolean ask = quiz != null && !n.op().isSource();
                note = note.withValue(ask ? quizText(quiz, item, v) : Numbers.human(v),
                        ask && quiz.hides(item) ? HIDDEN_TIP : tooltip(n.displayName(), v, t));
            }
            GradientSum g = state.grads().get(n);
            if (g != null) {
                Quiz.Item item = Quiz.item(Quiz.Kind.GRAD, n.id(), t);
                boolean hidden = quiz != null && quiz.hides(item);
                String text = quiz != null ? quizText(quiz, item, g.total()) : sumText(g.terms(), g.total());
                if (!hidden) text += keyExtras(graph, n, state, estimates);
                note = note.withGrad(text, hidden ? HIDDEN_TIP
                        : KeyNames.total(out, KeyNames.at(n, t, graph.timesteps() > 1)) + " = " + Numbers.exact(g.total()));
            }
            note = note.withHighlighted(n == current);
            // nodes the forward pass has not reached yet are drawn faint
            note = note.withDimmed(v == null && state.position() > 0);
            b.node(n.id(), note);
        }
        for (Edge e : graph.edges()) {
            String key = graph.key(e);
            EdgeNote note = EdgeNote.EMPTY;
            Double v = state.edgeValues().get(e);
            if (v != null && hidesCarried(graph, quiz, e, t)) note = note.withValue(HIDDEN, HIDDEN_TIP);
            else if (v != null) note = note.withValue(Numbers.human(v), "carries " + Numbers.exact(v) + (t > 1 ? " at t = " + t : ""));
            Double d = state.edgeGrads().get(e);
            if (d != null) {
                Quiz.Item item = Quiz.item(Quiz.Kind.EDGE_GRAD, key, t);
                String tip = "carries " + Numbers.exact(d) + " back to " + graph.source(e).displayName();
                QuantityGradient w = state.quantities().get(key);
                String text;
                if (w != null) {
                    // an edge into a neuron is a weight: it shows ∂out/∂weight, the number exam questions
                    // ask for (what it carries back is summed into its source's gradient)
                    text = quiz != null ? quizText(quiz, item, w.sum()) : quantityText(w);
                    if (quiz == null || !quiz.hides(item)) text += estimate(estimates, key, w);
                    tip = KeyNames.total(out, KeyNames.of(graph, key)) + " = " + Numbers.exact(w.sum()) + (w.complete() ? "" : " so far") + "; " + tip;
                } else {
                    text = quiz != null ? quizText(quiz, item, d) : Numbers.human(d);
                }
                note = note.withGrad(text, quiz != null && quiz.hides(item) ? HIDDEN_TIP : tip);
            }
            note = note.withHighlighted(state.moving().contains(e));
            b.edge(key, note);
        }
        if (updates != null) applyUpdates(b, graph, updates);
        return b.build();
    }

    /**
     * The gradients of the trainable keys a node holds, each with its estimate: a param's gradient summed
     * over time steps (written out: backpropagation through time), a neuron's bias (when it differs from
     * the node's own gradient) and an init read through a delayed edge, as running totals.
     */
    private static String keyExtras(Graph graph, Node n, StepState state, Map<String, Double> estimates) {
        StringBuilder s = new StringBuilder();
        QuantityGradient value = state.quantities().get(n.id());
        if (value != null && n.op().isSource()) {
            if (value.trainable() && value.terms().size() > 1) s.append("  Σₜ ").append(quantityText(value));
            s.append(estimate(estimates, n.id(), value));
        }
        QuantityGradient bias = state.quantities().get(n.id() + ".bias");
        // with the identity and one time step the bias gradient is the node's own: no need to repeat it
        boolean sameAsNode = n.activation() == Activation.IDENTITY && bias != null && bias.terms().size() <= 1;
        if (bias != null && n.op() == Op.NEURON && !sameAsNode) {
            s.append("  d/d").append(KeyNames.of(graph, bias.key())).append(' ').append(totalText(bias)).append(estimate(estimates, bias.key(), bias));
        } else if (bias != null && n.op() == Op.NEURON) {
            s.append(estimate(estimates, bias.key(), bias));
        }
        QuantityGradient init = state.quantities().get(n.id() + ".init");
        if (init != null && !init.terms().isEmpty()) {
            s.append("  d/d").append(KeyNames.of(graph, init.key())).append(' ').append(totalText(init)).append(estimate(estimates, init.key(), init));
        }
        return s.toString();
    }

    /** The graph's output as the totals' tooltips name it, read at the last step: {@code J}, {@code y_2}. */
    static String outputName(Graph g) {
        Node out = g.output();
        return out == null ? "out" : KeyNames.at(out, g.timesteps(), g.timesteps() > 1);
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
    static String sumText(List<Term> terms, double total) {
        if (terms.size() <= 1) return Numbers.human(total);
        return Annotations.sum(terms.stream().map(Term::value).toList(), total);
    }

    /** The number an edge's gradient label shows: a weight's gradient on edges into neurons, else what it carries back. */
    static Double shownEdgeGrad(Graph g, StepState s, Edge e) {
        Double d = s.edgeGrads().get(e);
        if (d == null) return null;
        QuantityGradient w = s.quantities().get(g.key(e));
        return w != null ? w.sum() : d;
    }

    /**
     * Whether the value an edge carries is a hidden quiz answer: its source's computed value at the time
     * step it is read from (an init before t = 1 and the given numbers of sources are never hidden).
     */
    static boolean hidesCarried(Graph g, Quiz quiz, Edge e, int t) {
        if (quiz == null) return false;
        Node from = g.source(e);
        int read = t - g.delay(e);
        return !from.op().isSource() && read >= 1 && quiz.hides(Quiz.item(Quiz.Kind.VALUE, from.id(), read));
    }

    private static String quizText(Quiz quiz, Quiz.Item item, double expected) {
        Quiz.Answer a = quiz.answerOf(item);
        if (!quiz.hides(item)) {
            if (a != null && a.result().right()) return "✓ " + Numbers.human(expected);
            if (a != null) return "✗ " + a.typed().strip() + " → " + Numbers.human(expected);
            return Numbers.human(expected);
        }
        if (a != null) return "✗ " + a.typed().strip();
        return HIDDEN;
    }

    private static String tooltip(String name, double v, int t) {
        return name + (t > 1 ? " at t = " + t : "") + " = " + Numbers.exact(v);
    }

    /** After a gradient-descent step: {@code old → new} on every changed quantity. */
    private static void applyUpdates(Annotations.Builder b, Graph graph, List<Trainer.Update> updates) {
        for (Trainer.Update u : updates) {
            String text = DistinctNumbers.text(f -> f.human(u.before()) + " → " + f.human(u.after()));
            String tip = u.key() + ": " + Numbers.exact(u.before()) + " − lr·" + Numbers.exact(u.grad()) + " → "
                    + Numbers.exact(u.after());
            String key = u.key();
            if (key.contains("->")) {
                b.edge(key, b.edge(key).withValue(text, tip).withHighlighted(true));
            } else {
                int dot = key.lastIndexOf('.');
                String id = dot > 0 ? key.substring(0, dot) : key;
                String what = dot > 0 ? key.substring(dot + 1) + " " : "";
                if (graph.node(id) != null) b.node(id, b.node(id).withValue(what + text, tip).withHighlighted(true));
            }
        }
    }
}
