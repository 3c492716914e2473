package org.chainrule.edit;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.model.Graph;

/** Several commands as one undo step (e.g. add a node and connect it). */
public final class Compound implements Command {
    private final String name;
    private final List<Command> parts;

    public Compound(String name, List<? extends Command> parts) {
        this.name = name;
        this.parts = new ArrayList<>(parts);
    }

    @Override
    public void apply(Graph g) {
        for (Command c : parts) c.apply(g);
    }

    @Override
    public void undo(Graph g) {
        for (int i = parts.size() - 1; i >= 0; i--) parts.get(i).undo(g);
    }

    @Override public String name() { return name; }
}
