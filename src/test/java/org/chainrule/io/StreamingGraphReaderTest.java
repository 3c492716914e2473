package org.chainrule.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.engine.CompiledGraph;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.GraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming loader for big files: what it builds, and one clear line for every bad file. */
class StreamingGraphReaderTest {
    @TempDir Path dir;

    private static String file(String nodes, String edges) {
        return "{\"format\": \"chainrule\", \"version\": 1, \"nodes\": [" + nodes + "], \"edges\": [" + edges + "]}";
    }

    private static CompiledGraph read(String json) throws Exception {
        return StreamingGraphReader.read(new StringReader(json), "g.json");
    }

    private static String error(String json) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> read(json));
        assertTrue(e instanceof InputException || e instanceof GraphException, e.toString());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    private static final String X = "{\"id\": \"x\", \"op\": \"input\", \"value\": 2}";

    @Test
    void tumP6bSkipConnection() throws Exception {
        // y = max(w·x + x, 0) at w = 0.001, x = 2: y = 2.002, dy/dx = w + 1 = 1.001, dy/dw = x = 2
        String json = file(X + ", {\"id\": \"w\", \"op\": \"param\", \"value\": 0.001}, {\"id\": \"wx\", \"op\": \"mul\"},"
                + "{\"id\": \"s\", \"op\": \"add\"}, {\"id\": \"zero\", \"op\": \"const\", \"value\": 0}, {\"id\": \"y\", \"op\": \"max\"}",
                "{\"from\": \"w\", \"to\": \"wx\"}, {\"from\": \"x\", \"to\": \"wx\"}, {\"from\": \"wx\", \"to\": \"s\"},"
                + "{\"from\": \"x\", \"to\": \"s\"}, {\"from\": \"s\", \"to\": \"y\"}, {\"from\": \"zero\", \"to\": \"y\"}");
        CompiledGraph c = read(json);
        assertEquals(6, c.n);
        assertEquals("y", c.id(c.output));
        assertEquals(3, c.indexOf("s"));
        assertEquals("wx", c.id(c.indexOf("wx")));
        assertEquals(-1, c.indexOf("q"));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, c.order);
        Evaluation ev = Evaluation.of(c);
        assertEquals(2.002, ev.value(), 1e-12);
        assertEquals(1.001, ev.grads().get("x"), 1e-12);
        assertEquals(2, ev.grads().get("w"), 1e-12);
    }

    @Test
    void edgesBeforeNodesAndExplicitArgs() throws Exception {
        // sub with arg positions swapped against file order: d = b − a = 5 − 2 = 3
        String json = "{\"edges\": [{\"from\": \"a\", \"to\": \"d\", \"arg\": 1}, {\"from\": \"b\", \"to\": \"d\", \"arg\": 0}],"
                + "\"nodes\": [{\"id\": \"a\", \"op\": \"input\", \"value\": 2}, {\"id\": \"b\", \"op\": \"input\", \"value\": 5},"
                + "{\"id\": \"d\", \"op\": \"sub\", \"label\": \"b − a\", \"x\": 10, \"y\": 20, \"colour\": \"red\"}],"
                + "\"format\": \"chainrule\", \"version\": 1}";
        Evaluation ev = Evaluation.of(read(json));
        assertEquals(3, ev.value(), 0);
        assertEquals(-1, ev.grads().get("a"), 0);
    }

    @Test
    void recurrentSelfLoopDefaultsToDelayOne() throws Exception {
        // h_t = h_{t−1} + x_t over 3 steps from init 1: 1 + 1 + 2 + 3 = 7
        String json = "{\"format\": \"chainrule\", \"version\": 1, \"nodes\": ["
                + "{\"id\": \"x\", \"op\": \"input\", \"value\": [1, 2, 3]}, {\"id\": \"h\", \"op\": \"add\", \"init\": 1}],"
                + "\"edges\": [{\"from\": \"h\", \"to\": \"h\"}, {\"from\": \"x\", \"to\": \"h\"}]}";
        CompiledGraph c = read(json);
        assertEquals(3, c.timesteps);
        Evaluation ev = Evaluation.of(c);
        assertEquals(7, ev.value(), 0);
        assertEquals(1, ev.grads().get("h.init"), 0);
    }

    @Test
    void badFilesGetOneLineWithThePlace() {
        assertTrue(error(file("{\"id\": \"h\", \"op\": \"rleu\"}", ""))
                .startsWith("g.json: nodes[0] 'h': unknown op 'rleu' (line 1 column "));
        assertTrue(error(file(X, "{\"from\": \"x\", \"to\": \"y\"}")).startsWith("g.json: edges[0] x->y: no node 'y'"));
        assertTrue(error(file(X + ", " + X, "")).startsWith("g.json: nodes[1] 'x': duplicate id 'x'"));
        assertTrue(error(file("{\"id\": \"x\", \"op\": \"input\", \"value\": \"two\"}", ""))
                .startsWith("g.json: nodes[0] 'x'.value: expected a number, found a string"));
        assertTrue(error(file("{\"id\": \"x\", \"op\": \"input\", \"value\": [1, true]}", ""))
                .startsWith("g.json: nodes[0] 'x'.value[1]: expected a number"));
        assertTrue(error(file("{\"id\": \"1x\", \"op\": \"input\", \"value\": 1}", "")).contains("invalid id"));
        assertTrue(error(file(X, "{\"from\": \"x\", \"to\": \"x\", \"delay\": -1}")).startsWith("g.json: edges[0].delay: must be 0 or more"));
        assertTrue(error("{\"nodes\": []}").startsWith("g.json: not a Chainrule graph file"));
        assertTrue(error("{\"format\": \"chainrule\", \"version\": 2, \"nodes\": []}").contains("version 2.0 is not supported"));
        assertTrue(error("[1, 2]").contains("must be a JSON object"));
    }

    @Test
    void truncatedAndMalformedJson() {
        String json = file(X, "");
        String cut = error(json.substring(0, json.indexOf('}') + 1));
        assertTrue(cut.matches("g\\.json: line 1 column \\d+: the file ends before the JSON is complete"), cut);
        assertTrue(error(json.substring(0, json.indexOf("input"))).contains("a string is not closed"));
        String m = error("{\"format\": \"chainrule\", \"version\": 1, \"nodes\": [{\"id\" \"x\"}]}");
        assertTrue(m.startsWith("g.json: line 1 column "), m);
    }

    @Test
    void graphProblemsAreTheValidatorsProblems() {
        assertTrue(error(file(X + ", {\"id\": \"n\", \"op\": \"neg\"}", "")).contains("node 'n': neg takes 1 input, has 0"));
        assertTrue(error(file("{\"id\": \"p\", \"op\": \"param\"}", "")).contains("node 'p': param has no value"));
        assertTrue(error(file(X + ", {\"id\": \"a\", \"op\": \"neg\"}, {\"id\": \"b\", \"op\": \"neg\"}",
                "{\"from\": \"x\", \"to\": \"a\"}, {\"from\": \"x\", \"to\": \"b\"}")).contains("2 sinks (a, b)"));
        String cycle = error(file(X + ", {\"id\": \"a\", \"op\": \"add\"}, {\"id\": \"b\", \"op\": \"add\"}, {\"id\": \"y\", \"op\": \"neg\"}",
                "{\"from\": \"x\", \"to\": \"a\"}, {\"from\": \"b\", \"to\": \"a\"}, {\"from\": \"a\", \"to\": \"b\"}, {\"from\": \"b\", \"to\": \"y\"}"));
        assertTrue(cycle.contains("cycle without a delay: a -> b -> a"), cycle);
        assertTrue(error(file(X + ", {\"id\": \"d\", \"op\": \"sub\"}",
                "{\"from\": \"x\", \"to\": \"d\", \"arg\": 0}, {\"from\": \"x\", \"to\": \"d\", \"arg\": 0}")).contains("two edges give arg 0"));
    }

    @Test
    void missingAndUnreadableFiles() throws Exception {
        assertEquals(dir.resolve("nope.json") + ": no such file",
                assertThrows(InputException.class, () -> StreamingGraphReader.read(dir.resolve("nope.json"))).getMessage());
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        assertEquals(latin1 + ": not a UTF-8 text file",
                assertThrows(InputException.class, () -> StreamingGraphReader.read(latin1)).getMessage());
    }
}
