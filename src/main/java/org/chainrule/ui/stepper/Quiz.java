package org.chainrule.ui.stepper;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.chainrule.engine.AnswerCheck;

/**
 * Quiz state: which numbers are hidden, what the student typed for each and how it was marked, and which
 * were revealed. Items are named by {@link #item}: kind, node id or edge key, and time step. Plain Java
 * (no controls), so it is tested without a window.
 */
public final class Quiz {
    /** What a quiz item asks for. */
    public enum Kind { VALUE, GRAD, EDGE_GRAD }

    /**
     * One number the student is asked for, named by node id or edge key (the student sees the names the
     * canvas shows: {@link QuizItems#describe}).
     */
    public record Item(Kind kind, String key, int time) {}

    /** The student's answer and its mark. */
    public record Answer(String typed, AnswerCheck.Result result) {}

    private boolean hideValues;
    private boolean hideGrads;
    private final AnswerCheck check;
    private final Map<Item, Answer> answers = new HashMap<>();
    private final Set<Item> revealed = new HashSet<>();

    public Quiz() {
        this(new AnswerCheck());
    }

    public Quiz(AnswerCheck check) {
        this.check = check;
    }

    public static Item item(Kind kind, String key, int time) {
        return new Item(kind, key, time);
    }

    public boolean hideValues() { return hideValues; }
    public void setHideValues(boolean on) { hideValues = on; }
    public boolean hideGrads() { return hideGrads; }
    public void setHideGrads(boolean on) { hideGrads = on; }

    /** Whether any numbers are hidden. */
    public boolean active() { return hideValues || hideGrads; }

    /** Whether this item's number is hidden from view (asked and neither answered right nor revealed). */
    public boolean hides(Item item) {
        boolean asked = item.kind() == Kind.VALUE ? hideValues : hideGrads;
        if (!asked || revealed.contains(item)) return false;
        Answer a = answers.get(item);
        return a == null || !a.result().right();
    }

    /** Marks the student's answer for an item whose right number is {@code expected}; remembers it. */
    public AnswerCheck.Result answer(Item item, String typed, double expected) {
        AnswerCheck.Result r = check.check(typed, expected);
        answers.put(item, new Answer(typed, r));
        return r;
    }

    /** Marks the student's answer for a vector or matrix item, element by element (row-major); remembers it. */
    public AnswerCheck.Result answer(Item item, String typed, double[] expected) {
        AnswerCheck.Result r = check.checkAll(typed, expected);
        answers.put(item, new Answer(typed, r));
        return r;
    }

    /** The tolerance answers are marked with. */
    public AnswerCheck check() { return check; }

    /** Every item answered, with its last answer (not copied: read only). */
    public Map<Item, Answer> answers() { return java.util.Collections.unmodifiableMap(answers); }

    /** The last answer given for the item, or null. */
    public Answer answerOf(Item item) { return answers.get(item); }

    public void reveal(Item item) { revealed.add(item); }

    /** Number of items answered right. */
    public int rightCount() {
        return (int) answers.values().stream().filter(a -> a.result().right()).count();
    }

    public int answeredCount() { return answers.size(); }

    /** Whether the student has the item's number: answered right or revealed. */
    public boolean uncovered(Item item) {
        Answer a = answers.get(item);
        return revealed.contains(item) || a != null && a.result().right();
    }

    /** Ends the quiz: nothing hidden any more, every answer and reveal forgotten (another document). */
    public void end() {
        hideValues = false;
        hideGrads = false;
        clear();
    }

    /** Forgets every answer and reveal (a new graph, or a new attempt). */
    public void clear() {
        answers.clear();
        revealed.clear();
    }
}
