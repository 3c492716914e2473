package org.chainrule.ui.stepper;

import org.chainrule.engine.StepCursor;

/** Where the stepper's moves go: the reverse-mode {@link StepCursor} or the forward mode's cursor ({@link TangentMode}). */
interface Positions {
    boolean forward();
    boolean back();
    void reset();
    void toEndOfForward();
    void toEnd();
    void seek(int p);
    boolean atEnd();
    boolean atStart();

    /** A reverse-mode cursor over {@code g}, seeded at node {@code target} when it has one (else at the output). */
    static StepCursor reverse(org.chainrule.model.Graph g, String target) {
        if (target == null || g.node(target) == null) return StepCursor.of(g);
        return new StepCursor(g, org.chainrule.engine.Engine.evaluate(g, target));
    }

    /** The moves of a reverse-mode cursor. */
    static Positions of(StepCursor c) {
        return new Positions() {
            @Override public boolean forward() { return c.forward(); }
            @Override public boolean back() { return c.back(); }
            @Override public void reset() { c.reset(); }
            @Override public void toEndOfForward() { c.toEndOfForward(); }
            @Override public void toEnd() { c.toEnd(); }
            @Override public void seek(int p) { c.seek(p); }
            @Override public boolean atEnd() { return c.atEnd(); }
            @Override public boolean atStart() { return c.atStart(); }
        };
    }
}
