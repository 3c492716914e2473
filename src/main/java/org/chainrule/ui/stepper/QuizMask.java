package org.chainrule.ui.stepper;

import org.chainrule.engine.Phase;
import org.chainrule.engine.StepQuantity;
import org.chainrule.engine.Step;
import org.chainrule.engine.StepCursor;
import org.chainrule.engine.TaggedText;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * Hides a quiz's answers in the stepper's explanations. The engine tags every number of an explanation
 * with its quantity ({@link TaggedText}); a number is written {@code ?} when its quantity is one the
 * quiz still hides ({@code s = w·x + x = ? + 2 = ?}), so a given number that merely reads the same as a
 * hidden one stays where it is. What is hidden, by kind:
 * <ul>
 * <li>a computed node's value, and its gradient (the seed ∂out/∂out = 1 excepted), while the quiz asks
 *     for it (neither answered right nor revealed);</li>
 * <li>a local partial (or an activation's slope) at a node, while values are hidden and the node's value
 *     or a computed value it reads is: it is read from them (σ′ = σ(1 − σ) gives σ away);</li>
 * <li>a key's gradient (a bias, a weight, an init, a param) while its node's or its edge's gradient at
 *     that time step is hidden (summed over the time steps: at any of them);</li>
 * </ul>
 */
final class QuizMask {
    private static final QuizMask NONE = new QuizMask(null, null);

    private final Graph g;
    private final Quiz quiz;

    private QuizMask(Graph g, Quiz quiz) {
        this.g = g;
        this.quiz = quiz;
    }

    /** What the quiz hides at the cursor's position (nothing when the quiz is off). */
    static QuizMask of(Graph g, StepCursor cursor, Quiz quiz) {
        return quiz == null || !quiz.active() || cursor == null || g == null ? NONE : new QuizMask(g, quiz);
    }

    /** Whether nothing is hidden. */
    boolean empty() { return quiz == null; }

    /**
     * The explanation of {@code step} with the hidden numbers written {@code ?}; a source's forward step
     * ({@code x = 2}) states a given number and is left as it is.
     */
    String explanation(Step step, TaggedText text) {
        if (empty() || step == null || step.phase() == Phase.FORWARD && step.node() != null
                && step.node().op().isSource()) {
            return text.text();
        }
        return mask(text);
    }

    /** {@code text} with every number of a hidden quantity written {@code ?}. */
    String mask(TaggedText text) {
        String s = text.text();
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (TaggedText.Span span : text.spans()) {
            out.append(s, from, span.start()).append(hides(span) ? StepAnnotations.HIDDEN : s.substring(span.start(), span.end()));
            from = span.end();
        }
        return out.append(s.substring(from)).toString();
    }

    /**
     * Whether a number of one or more quantities (a chain that leaves out a repeated number writes it
     * once) is hidden: when one of them is, unless it is only a local partial and another is shown on
     * the canvas anyway ({@code ∂y/∂s = 1} is the gradient of s, there for the student to see).
     */
    private boolean hides(TaggedText.Span span) {
        boolean local = false, shown = false;
        for (StepQuantity q : span.of()) {
            boolean h = hides(q);
            if (q.kind() != StepQuantity.Kind.LOCAL && h) return true;
            if (q.kind() == StepQuantity.Kind.LOCAL) local |= h;
            else shown = true;
        }
        return local && !shown;
    }

    /** Whether the quiz hides this quantity's number now. */
    boolean hides(StepQuantity q) {
        if (empty()) return false;
        switch (q.kind()) {
            case VALUE:
                return value(q.key(), q.time());
            case GRAD:
                Node n = g.node(q.key());
                if (n == g.output() && q.time() == g.timesteps()) return false; // ∂out/∂out = 1 by definition
                return atSomeTime(Quiz.Kind.GRAD, q.key(), q.time());
            case LOCAL:
                return local(q.key(), q.time());
            default:
                return key(q.key(), q.time());
        }
    }

    /** Whether a computed node's value at step t is hidden (a given number, or an init before t = 1, is not). */
    private boolean value(String id, int t) {
        Node n = g.node(id);
        return n != null && !n.op().isSource() && t >= 1 && quiz.hides(Quiz.item(Quiz.Kind.VALUE, id, t));
    }

    private boolean local(String id, int t) {
        Node n = g.node(id);
        if (n == null || !quiz.hideValues()) return false;
        if (value(id, t)) return true;
        for (Edge e : g.incoming(n)) if (value(g.source(e).id(), t - g.delay(e))) return true;
        return false;
    }

    /** A key's gradient: an edge's, or its node's ({@code ID}, {@code ID.bias}, {@code ID.init}). */
    private boolean key(String key, int t) {
        if (key == null) return quiz.hideGrads();
        if (g.edge(key) != null) return atSomeTime(Quiz.Kind.EDGE_GRAD, key, t);
        int dot = key.lastIndexOf('.');
        String id = g.node(key) == null && dot > 0 ? key.substring(0, dot) : key;
        // a key of another graph (the folded one, while the unrolled one is shown): hidden with the gradients
        return g.node(id) == null ? quiz.hideGrads() : atSomeTime(Quiz.Kind.GRAD, id, t);
    }

    /** Whether the item at step t is hidden; t = 0 (a sum over the time steps): at any step. */
    private boolean atSomeTime(Quiz.Kind kind, String key, int t) {
        if (t >= 1) return quiz.hides(Quiz.item(kind, key, t));
        for (int s = 1; s <= g.timesteps(); s++) if (quiz.hides(Quiz.item(kind, key, s))) return true;
        return false;
    }
}
