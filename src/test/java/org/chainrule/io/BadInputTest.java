package org.chainrule.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainrule.engine.Diagnostic;
import org.chainrule.engine.Engine;
import org.chainrule.engine.GraphException;
import org.chainrule.engine.Validator;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

/** Every diagnostic, with what and where. */
class BadInputTest {
    private static String file(String nodes, String edges) {
        return "{\"format\": \"chainrule\", \"version\": 1, \"nodes\": [" + nodes + "], \"edges\": [" + edges + "]}";
    }

    private static String readError(String json) {
        return assertThrows(InputException.class, () -> GraphFile.parse(json, "g.json")).getMessage();
    }

    private static List<Diagnostic> diagnostics(String json) {
        return Validator.validate(GraphFile.parse(json, "g.json"));
    }

    @Test
    void unknownOp() {
        String m = readError(file("{\"id\": \"h\", \"op\": \"rleu\"}", ""));
        assertEquals("g.json: nodes[0] 'h': unknown op 'rleu'", m);
    }

    @Test
    void edgeToMissingNode() {
        String m = readError(file("{\"id\": \"x\", \"op\": \"input\", \"value\": 1}", "{\"from\": \"x\", \"to\": \"y\"}"));
        assertEquals("g.json: edges[0] x->y: no node 'y'", m);
    }

    @Test
    void duplicateId() {
        String m = readError(file("{\"id\": \"x\", \"op\": \"input\", \"value\": 1}, {\"id\": \"x\", \"op\": \"param\", \"value\": 2}", ""));
        assertEquals("g.json: nodes[1] 'x': duplicate id 'x'", m);
    }

    @Test
    void nonNumericValue() {
        String m = readError(file("{\"id\": \"x\", \"op\": \"input\", \"value\": \"two\"}", ""));
        assertEquals("g.json: nodes[0] 'x'.value: expected a number, found \"two\"", m);
    }

    @Test
    void missingFormatIsRefused() {
        String m = readError("{\"nodes\": []}");
        assertTrue(m.startsWith("g.json: not a Chainrule graph file"), m);
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        String m = readError("{\"format\": \"chainrule\",\n \"version\": 1,\n \"nodes\": [ {\"id\": \"x\" \"op\": \"input\"} ]}");
        assertTrue(m.startsWith("g.json: line 3 column"), m);
    }

    @Test
    void wrongArity() {
        List<Diagnostic> ds = diagnostics(file(
                "{\"id\": \"a\", \"op\": \"input\", \"value\": 1}, {\"id\": \"s\", \"op\": \"sub\"}", "{\"from\": \"a\", \"to\": \"s\"}"));
        assertEquals("node 's': sub takes 2 inputs, has 1", ds.get(0).message());
        assertEquals(List.of("s"), ds.get(0).nodeIds());
    }

    @Test
    void sourceWithoutValue() {
        List<Diagnostic> ds = diagnostics(file("{\"id\": \"x\", \"op\": \"input\"}", ""));
        assertEquals("node 'x': input has no value", ds.get(0).message());
    }

    @Test
    void cycleWithoutDelayIsNamedNodeByNode() {
        String json = file("{\"id\": \"x\", \"op\": \"input\", \"value\": 1}, {\"id\": \"a\", \"op\": \"add\"},"
                        + "{\"id\": \"b\", \"op\": \"add\"}, {\"id\": \"c\", \"op\": \"add\"}, {\"id\": \"out\", \"op\": \"identity\"}",
                "{\"from\": \"x\", \"to\": \"a\"}, {\"from\": \"c\", \"to\": \"a\"}, {\"from\": \"a\", \"to\": \"b\"},"
                        + "{\"from\": \"b\", \"to\": \"c\"}, {\"from\": \"c\", \"to\": \"out\"}");
        Graph g = GraphFile.parse(json, "g.json");
        GraphException e = assertThrows(GraphException.class, () -> Engine.evaluate(g));
        assertEquals("cycle without a delay: a -> b -> c -> a (give one of its edges \"delay\": 1)", e.getMessage());
        assertEquals(List.of("a", "b", "c"), e.diagnostics().get(0).nodeIds());
    }

    @Test
    void zeroDelaySelfLoopIsACycle() {
        List<Diagnostic> ds = diagnostics(file("{\"id\": \"x\", \"op\": \"input\", \"value\": 1}, {\"id\": \"a\", \"op\": \"add\"}",
                "{\"from\": \"x\", \"to\": \"a\"}, {\"from\": \"a\", \"to\": \"a\", \"delay\": 0}"));
        assertTrue(ds.stream().anyMatch(d -> d.message().startsWith("cycle without a delay: a -> a")), ds.toString());
    }

    @Test
    void listOfWrongLength() {
        String json = "{\"format\": \"chainrule\", \"version\": 1, \"timesteps\": 3, \"nodes\": ["
                + "{\"id\": \"x\", \"op\": \"input\", \"value\": [1, 2]}, {\"id\": \"y\", \"op\": \"neg\"}],"
                + "\"edges\": [{\"from\": \"x\", \"to\": \"y\"}]}";
        assertEquals("node 'x': value lists 2 numbers but the graph runs 3 time steps", diagnostics(json).get(0).message());
    }

    @Test
    void severalSinksNeedAnOutput() {
        List<Diagnostic> ds = diagnostics(file("{\"id\": \"a\", \"op\": \"input\", \"value\": 1}, {\"id\": \"b\", \"op\": \"input\", \"value\": 1}", ""));
        assertEquals("the graph has 2 sinks (a, b): say which is the output", ds.get(0).message());
    }

    @Test
    void clashingArgs() {
        List<Diagnostic> ds = diagnostics(file(
                "{\"id\": \"a\", \"op\": \"input\", \"value\": 1}, {\"id\": \"b\", \"op\": \"input\", \"value\": 1}, {\"id\": \"s\", \"op\": \"sub\"}",
                "{\"from\": \"a\", \"to\": \"s\", \"arg\": 1}, {\"from\": \"b\", \"to\": \"s\", \"arg\": 1}"));
        assertEquals("node 's': two edges give arg 1", ds.get(0).message());
    }
}
