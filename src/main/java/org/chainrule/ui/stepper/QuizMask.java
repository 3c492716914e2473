package org.chainrule.ui.stepper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainrule.engine.Phase;
import org.chainrule.engine.Step;
import org.chainrule.engine.StepCursor;
import org.chainrule.engine.StepState;
import org.chainrule.engine.StepState.QuantityGradient;
import org.chainrule.engine.StepState.Contribution;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;

/**
 * Hides a quiz's answers in the stepper's explanations. The explanation is the engine's text with
 * symbols and numbers ({@code s = w·x + x = 0.002 + 2 = 2.002}); every number in it that the quiz still
 * hides is written {@code ?} instead ({@code s = w·x + x = ? + 2 = ?}). The hidden numbers ("secrets")
 * are those of every step played so far whose answer the student has neither given right nor revealed,
 * and the gradients of the keys (a neuron's bias and weights, a param summed over time steps) whose
 * node or edge is hidden. A given number that happens
 * to equal a hidden one is hidden too: a quiz may hide a little more, never less.
 */
final class QuizMask {
    /** A number standing alone: not part of a name such as {@code x1}, {@code w[1]_13} or {@code h⟨2⟩}. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.\\[⟨^])\\d+(?:\\.\\d+)?(?:e[+\\-−]?\\d+)?(?![\\p{L}\\p{N}_.\\]⟩])");

    private final List<Double> secrets;

    private QuizMask(List<Double> secrets) {
        this.secrets = secrets;
    }

    /** The numbers the quiz hides at the cursor's position (nothing when the quiz is off). */
    static QuizMask of(Graph g, StepCursor cursor, Quiz quiz) {
        List<Double> out = new ArrayList<>();
        if (quiz == null || !quiz.active() || cursor == null) return new QuizMask(out);
        List<Step> steps = cursor.steps();
        for (int p = 0; p < cursor.position(); p++) {
            Step s = steps.get(p);
            boolean forward = s.phase() == Phase.FORWARD;
            Node n = g.node(s.nodeId());
            if (n == null || forward && n.op().isSource()) continue;
            // ∂out/∂out = 1 by definition: no answer to give away, and hiding every 1 would hide far too much
            if (!forward && n == g.output() && s.t() == g.timesteps()) continue;
            if (quiz.hides(Quiz.item(forward ? Quiz.Kind.VALUE : Quiz.Kind.GRAD, s.nodeId(), s.t()))) out.add(s.number());
        }
        // what an edge carries back is written only as a product (∂y/∂s · ∂s/∂x), never as a number of its
        // own, so it is not looked for; a key's gradient is (the bias and weight lines of a neuron)
        StepState state = cursor.state();
        for (QuantityGradient q : state.quantities().values()) {
            if (hidden(g, quiz, q)) {
                out.add(q.sum());
                for (Contribution term : q.terms()) out.add(term.value());
            }
        }
        return new QuizMask(out);
    }

    /** Whether the gradient of a key is hidden: its edge's or its node's gradient at one of its time steps is. */
    private static boolean hidden(Graph g, Quiz quiz, QuantityGradient q) {
        String key = q.key();
        boolean edge = g.edge(key) != null;
        int dot = key.lastIndexOf('.');
        String id = edge || dot < 0 ? key : key.substring(0, dot);
        for (Contribution term : q.terms()) {
            if (quiz.hides(Quiz.item(edge ? Quiz.Kind.EDGE_GRAD : Quiz.Kind.GRAD, id, term.time()))) return true;
        }
        return false;
    }

    /** Whether nothing is hidden. */
    boolean empty() { return secrets.isEmpty(); }

    /**
     * The explanation of {@code step} with the hidden numbers written {@code ?}; a source's forward step
     * ({@code x = 2}) states a given number and is left as it is.
     */
    String explanation(Step step, String text) {
        if (secrets.isEmpty() || step == null || step.phase() == Phase.FORWARD && step.node() != null
                && step.node().op().isSource()) {
            return text;
        }
        return mask(text);
    }

    /** {@code text} with every number equal (as shown) to a hidden one written {@code ?}. */
    String mask(String text) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(secret(m.group()) ? StepAnnotations.HIDDEN : m.group()));
        m.appendTail(out);
        return out.toString();
    }

    /** Whether a number as written in a text is one of the secrets shown the way the stepper shows numbers. */
    private boolean secret(String token) {
        double v;
        try {
            v = Double.parseDouble(token.replace('−', '-'));
        } catch (NumberFormatException e) {
            return false;
        }
        String shown = Numbers.human(v);
        for (double s : secrets) {
            double a = Math.abs(s);
            if (Numbers.human(a).equals(shown) || Math.abs(a - v) <= 1e-9 * Math.max(1, a)) return true;
        }
        return false;
    }
}
