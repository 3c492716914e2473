package org.chainrule.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Validator;
import org.chainrule.io.GraphFile;
import org.chainrule.io.StreamingGraphReader;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RandomLayeredGraphTest {
    @TempDir Path dir;

    @Test
    void aValidLayeredGraphOfAddMulReluWithSkipConnections() throws Exception {
        RandomLayeredGraph gen = new RandomLayeredGraph(10_000, 3);
        Path file = dir.resolve("r.json");
        assertEquals(10_000, gen.write(file));
        Graph g = GraphFile.read(file);
        assertEquals(10_000, g.nodeCount());
        assertEquals(java.util.List.of(), Validator.validate(g));
        assertEquals(Set.of(g.node("out")), Set.copyOf(g.sinks()), "every node is used; out is the only sink");
        Set<Op> ops = EnumSet.noneOf(Op.class);
        for (Node n : g.nodes()) ops.add(n.op());
        assertEquals(EnumSet.of(Op.INPUT, Op.PARAM, Op.ADD, Op.MUL, Op.RELU), ops);
        int w = gen.width(), skips = 0;
        for (Edge e : g.edges()) {
            int from = layer(g.source(e).id(), w), to = layer(g.target(e).id(), w);
            if (from != Integer.MIN_VALUE && to != Integer.MIN_VALUE && to - from >= 2) skips++;
        }
        assertTrue(skips > 100, "skip connections: " + skips);
        // the streamed compile and the model graph agree on the benchmark graph too
        Evaluation model = Engine.evaluate(g);
        Evaluation streamed = Evaluation.of(StreamingGraphReader.read(file));
        assertEquals(model.value(), streamed.value(), 0.0);
        assertTrue(Double.isFinite(model.value()) && model.value() != 0, "output " + model.value());
        assertEquals(model.grads().get("x0"), streamed.grads().get("x0"), 0.0);
    }

    @Test
    void sameSeedSameFile() throws Exception {
        StringWriter a = new StringWriter(), b = new StringWriter(), c = new StringWriter();
        new RandomLayeredGraph(400, 9).write(a);
        new RandomLayeredGraph(400, 9).write(b);
        new RandomLayeredGraph(400, 10).write(c);
        assertEquals(a.toString(), b.toString());
        assertTrue(!a.toString().equals(c.toString()));
    }

    /** Hidden layer of an id (inputs −1), MIN_VALUE for params and the summing tree. */
    private static int layer(String id, int w) {
        if (id.startsWith("x")) return -1;
        if (id.startsWith("n")) return Integer.parseInt(id.substring(1)) / w;
        return Integer.MIN_VALUE;
    }
}
