package org.chainrule.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ops.tensor.Tensor;

/**
 * Sets several numbers by their keys at once (a gradient-descent step, a whole training run); undo puts
 * the old numbers back. A key the graph no longer has is skipped.
 */
public final class SetNumbers implements Command {
    private final String name;
    private final Map<String, Tensor> before;
    private final Map<String, Tensor> after;

    /** {@code before} and {@code after} by key, in the order to set them (a tensor quantity as a whole tensor). */
    public SetNumbers(String name, Map<String, Tensor> before, Map<String, Tensor> after) {
        this.name = name;
        this.before = new LinkedHashMap<>(before);
        this.after = new LinkedHashMap<>(after);
    }

    @Override public void apply(Graph g) { set(g, after); }

    @Override public void undo(Graph g) { set(g, before); }

    private static void set(Graph g, Map<String, Tensor> numbers) {
        for (Map.Entry<String, Tensor> e : numbers.entrySet()) {
            Quantity q = Quantity.find(g, e.getKey());
            if (q != null) q.set(e.getValue());
        }
    }

    /** The numbers after, by key. */
    public Map<String, Tensor> after() { return java.util.Collections.unmodifiableMap(after); }

    @Override public String name() { return name; }
}
