package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.Map;
import java.util.Random;
import org.chainrule.io.GraphFile;
import org.chainrule.io.StreamingGraphReader;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

/**
 * A file streamed straight into compiled arrays evaluates exactly like the same file loaded as a model
 * graph: every value and every gradient, on random graphs with every op, delays and self-loops.
 */
class StreamedEvaluationTest {

    private static void assertSameNumbers(Graph g, String name) throws Exception {
        String json = GraphFile.toJson(g);
        Evaluation model = Engine.evaluate(GraphFile.parse(json, name));
        Evaluation streamed = Evaluation.of(StreamingGraphReader.read(new StringReader(json), name));
        assertEquals(model.outputId(), streamed.outputId(), name);
        assertEquals(model.timesteps(), streamed.timesteps(), name);
        assertSameMap(model.values(), streamed.values(), name);
        assertSameMap(model.grads(), streamed.grads(), name);
        assertEquals(model.valueSeries(), streamed.valueSeries(), name);
    }

    private static void assertSameMap(Map<String, Double> expected, Map<String, Double> actual, String name) {
        assertEquals(expected.keySet(), actual.keySet(), name);
        for (String k : expected.keySet()) {
            // same arithmetic in the same argument order: equal to the last bit, NaN included
            assertEquals(expected.get(k), actual.get(k), 0.0, name + " " + k);
        }
    }

    @Test
    void randomGraphsWithEveryOpDelaysAndSelfLoops() throws Exception {
        Random r = new Random(2026);
        for (int i = 0; i < 300; i++) assertSameNumbers(RandomGraphs.generate(r), "random" + i);
    }

    @Test
    void examGraphs() throws Exception {
        assertSameNumbers(ExamGraphs.tumP6b(), "P6b");
        assertSameNumbers(ExamGraphs.in5400Dense(), "IN5400 dense");
        assertSameNumbers(UnrollerTest.p10bOps(), "P10b ops");
        assertSameNumbers(UnrollerTest.p10bNeuron(), "P10b neuron");
    }
}
