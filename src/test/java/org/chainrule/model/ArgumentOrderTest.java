package org.chainrule.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.io.GraphFile;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/**
 * The order of an op's arguments: an edge's {@code arg} takes that slot, edges without one fill the
 * free slots in the order the file lists them.
 */
class ArgumentOrderTest {

    @Test
    void withoutArgTheFileOrderDecides() {
        Graph g = parse("{\"from\": \"b\", \"to\": \"d\"}, {\"from\": \"a\", \"to\": \"d\"}");
        assertSubtracts(g, "b", "a", 5.0 - 3.0);
    }

    @Test
    void argOverridesTheFileOrder() {
        Graph g = parse("{\"from\": \"b\", \"to\": \"d\", \"arg\": 1}, {\"from\": \"a\", \"to\": \"d\", \"arg\": 0}");
        assertSubtracts(g, "a", "b", 3.0 - 5.0);
    }

    @Test
    void oneArgAndTheOtherEdgeTakesTheFreeSlot() {
        Graph g = parse("{\"from\": \"a\", \"to\": \"d\"}, {\"from\": \"b\", \"to\": \"d\", \"arg\": 0}");
        assertEquals(List.of("b", "a"), argumentIds(g, "d"));
        assertEquals(5.0 - 3.0, Engine.evaluate(g).value(), 0);
    }

    @Test
    void argSurvivesAWriteAndARead() {
        Graph g = parse("{\"from\": \"b\", \"to\": \"d\", \"arg\": 1}, {\"from\": \"a\", \"to\": \"d\", \"arg\": 0}");
        Graph again = GraphFile.parse(GraphFile.toJson(g), "again.json");
        assertEquals(argumentIds(g, "d"), argumentIds(again, "d"));
        assertEquals(Engine.evaluate(g).value(), Engine.evaluate(again).value(), 0);
    }

    @Test
    void aGraphBuiltInCodeUsesConnectionOrderAndArg() {
        Graph g = new Graph();
        Node a = g.add("a", Op.PARAM), b = g.add("b", Op.PARAM), d = g.add("d", Op.DIV);
        a.setValue(6);
        b.setValue(2);
        g.connect(b, d);
        g.connect(a, d);
        assertEquals(2.0 / 6.0, Engine.evaluate(g).value(), 1e-15, "file order: b / a");
        g.edge("a->d").setArg(0);
        assertEquals(6.0 / 2.0, Engine.evaluate(g).value(), 0, "arg 0 on a->d: a / b");
    }

    private static Graph parse(String edges) {
        String json = "{\"format\": \"chainrule\", \"version\": 1, \"output\": \"d\", \"nodes\": ["
                + "{\"id\": \"a\", \"op\": \"param\", \"value\": 3}, {\"id\": \"b\", \"op\": \"param\", \"value\": 5},"
                + "{\"id\": \"d\", \"op\": \"sub\"}], \"edges\": [" + edges + "]}";
        return GraphFile.parse(json, "order.json");
    }

    /** d = first − second: the argument order, the value, and ∂d/∂first = 1, ∂d/∂second = −1. */
    private static void assertSubtracts(Graph g, String first, String second, double expected) {
        assertEquals(List.of(first, second), argumentIds(g, "d"));
        Evaluation ev = Engine.evaluate(g);
        assertEquals(expected, ev.value(g.node("d")), 0, "d = " + first + " − " + second);
        assertEquals(1, ev.grad(first), 0);
        assertEquals(-1, ev.grad(second), 0);
    }

    private static List<String> argumentIds(Graph g, String id) {
        return g.arguments(g.node(id)).stream().map(e -> g.source(e).id()).toList();
    }
}
