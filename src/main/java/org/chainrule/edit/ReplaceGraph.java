package org.chainrule.edit;

import java.util.function.Consumer;
import org.chainrule.model.Graph;

/**
 * A change made by code that edits the graph as a whole (auto layout, a table import into the open
 * graph): the state before and after are recorded and swapped, keeping node and edge objects.
 */
public final class ReplaceGraph implements Command {
    private final String name;
    private final Consumer<Graph> change;
    private Snapshot before;
    private Snapshot after;

    /** {@code change} runs once, on the first apply; redo restores its result. */
    public ReplaceGraph(String name, Consumer<Graph> change) {
        this.name = name;
        this.change = change;
    }

    @Override
    public void apply(Graph g) {
        if (after != null) {
            after.restore(g);
            return;
        }
        before = Snapshot.of(g);
        change.accept(g);
        after = Snapshot.of(g);
    }

    @Override public void undo(Graph g) { before.restore(g); }

    @Override public String name() { return name; }
}
