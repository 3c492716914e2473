package org.chainrule.ui.stepper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.AnswerCheck;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Marking;
import org.chainrule.model.Graph;

/**
 * The quiz marked as an exam marker marks it ({@link Marking}, the same as the {@code mark} command): an
 * answer that is wrong only because an earlier answer of the student was wrong is carried, and the
 * student is told where their first error is and what follows from it. Follow-through needs one time
 * step (the folded view of a recurrent graph has several; its unrolled view has one) and numbers, not tensors.
 */
final class QuizMarking {
    private QuizMarking() {}

    /** The student's answers so far, marked with follow-through; null when the graph has several time steps. */
    static Marking.Result of(Evaluation ev, Quiz quiz) {
        if (ev == null || ev.graph() == null || ev.timesteps() > 1 || ev.hasTensors()) return null;
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Double> grads = new LinkedHashMap<>();
        for (Map.Entry<Quiz.Item, Quiz.Answer> en : quiz.answers().entrySet()) {
            double typed = en.getValue().result().typed();
            if (Double.isNaN(typed)) continue;
            Quiz.Item i = en.getKey();
            if (i.kind() == Quiz.Kind.VALUE) values.put(i.key(), typed);
            else if (i.kind() == Quiz.Kind.GRAD) grads.put(i.key(), typed);
        }
        if (!Marking.unknown(ev, values, grads).isEmpty()) return null;
        return Marking.mark(ev, values, grads, quiz.check());
    }

    /**
     * What the quiz says of the answer just given: right; wrong but carried from the student's own earlier
     * slip (which, and where the first error is); or wrong, and which of the student's answers follow from it.
     */
    static String text(Graph g, Quiz.Item item, AnswerCheck.Result r, Marking.Result marked) {
        switch (r.mark()) {
            case RIGHT: return "✓ right: " + QuizItems.describe(g, item);
            case UNREADABLE: return g != null && g.hasTensors()
                    ? "type the number, or for a vector or matrix all its numbers row by row, e.g. [9, −2, 5]"
                    : "type a number, e.g. −16 or 0.25";
            default:
        }
        Marking.Item m = marked == null || item.kind() == Quiz.Kind.EDGE_GRAD ? null : marked.item(ref(item));
        if (m != null && m.verdict() == Marking.Verdict.CARRIED) {
            Marking.Item first = marked.firstError();
            return "↪ carried from your " + name(g, m.from().get(0))
                    + (first == null ? "" : "; first error: " + name(g, first.ref()));
        }
        String wrong = "✗ not quite — try again or Reveal";
        if (m == null) return wrong;
        List<Marking.Item> follow = marked.following(m);
        if (follow.isEmpty()) return wrong;
        List<String> names = follow.stream().limit(2).map(i -> name(g, i.ref())).toList();
        String more = follow.size() > 2 ? " and " + (follow.size() - 2) + " more" : "";
        return wrong + " (your " + String.join(", ", names) + more + " follow" + (follow.size() == 1 ? "s" : "") + " from it)";
    }

    private static Marking.Ref ref(Quiz.Item i) {
        return new Marking.Ref(i.kind() == Quiz.Kind.VALUE ? Marking.Kind.VALUE : Marking.Kind.GRAD, i.key());
    }

    private static String name(Graph g, Marking.Ref r) {
        return QuizItems.describe(g, Quiz.item(r.kind() == Marking.Kind.VALUE ? Quiz.Kind.VALUE : Quiz.Kind.GRAD, r.id(), 1));
    }
}
