package org.chainrule.engine;

/**
 * A position in a list of recorded steps, 0 (nothing played) to {@link #size()} (all played), and the
 * moves of a player over it: the one place both cursors ({@link StepCursor} over the reverse-mode trace,
 * {@link TangentCursor} over the forward-mode steps) keep it.
 */
public abstract class PlayPosition {
    /** Steps played so far, 0..size(). */
    protected int position;

    /** How many steps there are. */
    public abstract int size();

    /** Steps played so far, 0..size(). */
    public int position() { return position; }

    public boolean atStart() { return position == 0; }

    public boolean atEnd() { return position == size(); }

    /** Plays the next step; false (and nothing changes) at the end. */
    public boolean forward() {
        if (atEnd()) return false;
        position++;
        return true;
    }

    /** Takes the last step back; false (and nothing changes) at the start. */
    public boolean back() {
        if (atStart()) return false;
        position--;
        return true;
    }

    /** Moves to position p, clamped to 0..size(). */
    public void seek(int p) { position = Math.max(0, Math.min(size(), p)); }

    public void reset() { position = 0; }

    /** To the end: every step played. */
    public void toEnd() { position = size(); }
}
