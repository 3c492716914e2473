package org.chainrule.cli;

import java.nio.file.Path;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;

/** Loading a graph for a command and applying {@code --set KEY=V,...} to it. */
public final class GraphInput {
    private GraphInput() {}

    public static Graph load(String file) {
        return GraphFile.read(Path.of(file));
    }

    /**
     * Applies {@code KEY=V,KEY=V} (keys of docs/file-format.md) to the graph; an unknown key or a bad number is an
     * {@link org.chainrule.io.InputException} naming it.
     */
    public static void applySets(Graph g, String sets, String source) {
        for (java.util.Map.Entry<String, org.chainrule.ops.tensor.Tensor> en : SetOption.parse(sets).entrySet()) {
            Quantity q = Quantity.find(g, en.getKey());
            if (q == null) throw SetOption.unknownKey(source, en.getKey());
            try {
                q.set(en.getValue());
            } catch (IllegalArgumentException e) {
                throw new org.chainrule.io.InputException("--set " + en.getKey() + ": " + e.getMessage());
            }
        }
    }
}
