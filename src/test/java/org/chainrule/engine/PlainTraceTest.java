package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chainrule.ShippedGraphs;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trace printed by {@code steps} is written without the quiz's quantity marks: every step, extra
 * line and total reads exactly as in the stepper's tagged trace, and carries no spans.
 */
class PlainTraceTest {
    static Stream<Arguments> graphs() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Path p : ShippedGraphs.files()) {
            Graph g = GraphFile.read(p);
            out.add(Arguments.of(ShippedGraphs.name(p), g));
            if (g.timesteps() > 1) out.add(Arguments.of(ShippedGraphs.name(p) + " unrolled", Unroller.unroll(g)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void plainTraceReadsAsTheTaggedOneWithoutItsMarks(String name, Graph g) {
        Trace tagged = Engine.evaluate(g).trace();
        Trace plain = Engine.evaluate(g).plainTrace();
        assertEquals(tagged.size(), plain.size());
        assertEquals(tagged.forwardCount(), plain.forwardCount());
        int spans = 0;
        for (int i = 0; i < tagged.size(); i++) {
            Step a = tagged.get(i), b = plain.get(i);
            assertEquals(a.text(), b.text(), name + " step " + (i + 1));
            assertEquals(a.details(), b.details(), name + " step " + (i + 1));
            spans += a.explanation().spans().size();
            assertTrue(b.explanation().spans().isEmpty(), name + " step " + (i + 1) + " has marks: " + b.explanation().spans());
            for (TaggedText t : b.lines()) assertTrue(t.spans().isEmpty(), name + " step " + (i + 1) + ": " + t.spans());
        }
        assertEquals(tagged.totals(), plain.totals());
        for (TaggedText t : plain.taggedTotals()) assertTrue(t.spans().isEmpty(), name + " total " + t);
        assertFalse(spans == 0, name + ": the stepper's trace tags its numbers");
    }
}
