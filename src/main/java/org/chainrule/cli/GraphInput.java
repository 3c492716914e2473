package org.chainrule.cli;

import java.nio.file.Path;
import org.chainrule.io.GraphFile;
import org.chainrule.io.InputException;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;

/** Loading a graph for a command and applying {@code --set KEY=V,...} to it. */
public final class GraphInput {
    private GraphInput() {}

    public static Graph load(String file) {
        return GraphFile.read(Path.of(file));
    }

    /**
     * Applies {@code KEY=V,KEY=V} (keys of SPEC §1) to the graph; an unknown key or a bad number is an
     * {@link InputException} naming it.
     */
    public static void applySets(Graph g, String sets, String source) {
        if (sets == null || sets.isBlank()) return;
        for (String part : sets.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            int eq = p.indexOf('=');
            if (eq <= 0) throw new InputException("--set: expected KEY=VALUE, found '" + p + "'");
            String key = p.substring(0, eq).trim();
            String v = p.substring(eq + 1).trim();
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new InputException("--set " + key + ": '" + v + "' is not a number");
            }
            if (!Double.isFinite(d)) throw new InputException("--set " + key + ": '" + v + "' is not a finite number");
            Quantity q = Quantity.find(g, key);
            if (q == null) throw new InputException("--set: " + source + " has no key '" + key + "' (keys: ID, ID.bias, ID.init, FROM->TO)");
            q.set(d);
        }
    }
}
