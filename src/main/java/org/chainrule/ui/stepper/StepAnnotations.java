package org.chainrule.ui.stepper;

import java.util.List;
import java.util.Map;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.StepNotes;
import org.chainrule.engine.StepState;
import org.chainrule.engine.Trainer;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.ops.Numbers;

/**
 * The stepper's labels for the canvas: {@link StepNotes} (the same labels {@code export --step} draws)
 * with the quiz's marks in place of the numbers it hides. Plain Java: tested without a window.
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
        return StepNotes.of(graph, state, quiz == null ? null : mask(quiz), estimates, updates);
    }

    /** The number an edge's gradient label shows: a weight's gradient on edges into neurons, else what it carries back. */
    static Double shownEdgeGrad(Graph g, StepState s, Edge e) {
        return StepNotes.shownEdgeGrad(g, s, e);
    }

    private static StepNotes.Mask mask(Quiz quiz) {
        return new StepNotes.Mask() {
            @Override
            public String text(Kind kind, String key, int time, double expected) {
                return quizText(quiz, item(kind, key, time), expected);
            }

            @Override
            public boolean hides(Kind kind, String key, int time) {
                return quiz.hides(item(kind, key, time));
            }

            @Override
            public String hiddenText() { return HIDDEN; }

            @Override
            public String hiddenTip() { return HIDDEN_TIP; }
        };
    }

    private static Quiz.Item item(StepNotes.Mask.Kind kind, String key, int time) {
        return Quiz.item(Quiz.Kind.valueOf(kind.name()), key, time);
    }

    /**
     * Whether the value an edge carries is a hidden quiz answer: its source's computed value at the time
     * step it is read from (an init before t = 1 and the given numbers of sources are never hidden).
     */
    static boolean hidesCarried(Graph g, Quiz quiz, Edge e, int t) {
        return quiz != null && StepNotes.hidesCarried(g, mask(quiz), e, t);
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
}
