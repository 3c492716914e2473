package org.chainrule.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.chainrule.model.Graph;

/**
 * The one command history of an open graph: every change goes through {@link #execute}, so it can be
 * undone and redone; {@link #isDirty} compares with the state at the last {@link #markSaved}.
 */
public final class History {
    private final Graph graph;
    private final List<Command> done = new ArrayList<>();
    private final List<Command> undone = new ArrayList<>();
    private final List<Consumer<Command>> listeners = new ArrayList<>();
    // Position in the history of the saved state: done.size() then; -1 when that state is gone (a
    // change was made after undoing past it).
    private int savedAt = 0;

    public History(Graph graph) { this.graph = graph; }

    public Graph graph() { return graph; }

    /** Applies {@code c} and records it; clears the redo list. */
    public void execute(Command c) {
        c.apply(graph);
        if (savedAt > done.size()) savedAt = -1; // the saved state was among the undone steps
        Command last = done.isEmpty() ? null : done.get(done.size() - 1);
        if (last instanceof MoveNodes m && c instanceof MoveNodes n && m.canMerge(n) && savedAt != done.size()) {
            done.set(done.size() - 1, m.merge(n));
        } else {
            done.add(c);
        }
        undone.clear();
        fire(c);
    }

    public boolean canUndo() { return !done.isEmpty(); }

    public boolean canRedo() { return !undone.isEmpty(); }

    /** The name of the step Undo would take back, or null. */
    public String undoName() { return done.isEmpty() ? null : done.get(done.size() - 1).name(); }

    public String redoName() { return undone.isEmpty() ? null : undone.get(undone.size() - 1).name(); }

    public void undo() { move(done, undone, true); }

    public void redo() { move(undone, done, false); }

    /** Takes the last command of {@code from}, undoes or re-applies it, and keeps it in {@code to}. */
    private void move(List<Command> from, List<Command> to, boolean undo) {
        if (from.isEmpty()) return;
        Command c = from.remove(from.size() - 1);
        if (undo) c.undo(graph);
        else c.apply(graph);
        to.add(c);
        fire(c);
    }

    /** Steps that can be undone. */
    public int size() { return done.size(); }

    /** Records that the graph as it is now was saved. */
    public void markSaved() {
        savedAt = done.size();
        fire(null);
    }

    /** Records that the graph as it is now is not saved anywhere (a recovered graph). */
    public void markUnsaved() {
        savedAt = -1;
        fire(null);
    }

    /** Whether the graph differs from the last saved (or opened) state. */
    public boolean isDirty() { return savedAt != done.size(); }

    /**
     * {@code listener} is called after every execute, undo and redo with the command applied or undone,
     * and after {@link #markSaved} with null.
     */
    public void addListener(Consumer<Command> listener) { listeners.add(listener); }

    private void fire(Command c) {
        for (Consumer<Command> l : List.copyOf(listeners)) l.accept(c);
    }
}
