package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/** An evaluation keeps what it computed when the graph it came from changes afterwards. */
class EvaluationSnapshotTest {
    @Test
    void gradsAreUnchangedAfterTheGraphChanges() {
        Graph g = GraphFile.read(Path.of("graphs/tum-p10b-rnn-neuron.json"));
        Map<String, Double> expected = Engine.evaluate(g.copy()).grads();
        Evaluation ev = Engine.evaluate(g);
        Edge weight = null;
        for (Edge e : g.edges()) if (g.target(e).op() == Op.NEURON) weight = e;
        String weightKey = g.key(weight);
        assertTrue(expected.containsKey(weightKey), weightKey);

        Node y = g.output();
        Node h = g.add("h_after", Op.NEURON);
        g.connect(y, h);
        g.remove(weight);

        Map<String, Double> after = ev.grads();
        assertEquals(expected, after);
        assertEquals(expected.get(weightKey), ev.grad(weightKey));
        for (Map.Entry<String, Double> e : expected.entrySet()) assertEquals(e.getValue(), ev.grad(e.getKey()), e.getKey());
    }
}
