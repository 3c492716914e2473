package org.chainrule.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.edit.History;
import org.chainrule.edit.ReplaceGraph;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.FiniteDifference;
import org.chainrule.engine.symbolic.FunctionDerivatives;
import org.chainrule.model.CellCalls;
import org.chainrule.model.Edge;
import org.chainrule.model.FunctionDef;
import org.chainrule.model.FunctionExpansion;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cells, functions of several outputs: an LSTM cell defined once and called by the two nodes h and c of a
 * recurrent graph computes what the same LSTM written inline computes, value and gradient, at every step;
 * its derivatives match central differences; expanding one use of the cell gives one copy of its body and
 * changes no number.
 */
class CellsTest {
    /** A small scalar LSTM over four steps whose input is w·u_t (w trainable), h_0 = −0.2, c_0 = 0.1, y = h_T + c_T. */
    private static final String CELL = """
            {"format": "chainrule", "version": 1, "output": "y",
             "functions": [{"name": "lstm", "params": ["x", "h", "c"],
               "body": ["z = x + 0.5*h", "f = sigmoid(z + 4)", "i = sigmoid(z - 2)", "o = sigmoid(z)", "g = tanh(z)",
                        "c2 = f*c + i*g", "h2 = o*tanh(c2)"],
               "outputs": ["h2", "c2"]}],
             "nodes": [{"id": "u", "op": "input", "value": [0.3, -0.7, 0.45, 0.9]}, {"id": "w", "op": "param", "value": 0.8},
               {"id": "a", "op": "mul"},
               {"id": "h", "op": "lstm", "output": "h2", "init": -0.2, "label": "h_t"},
               {"id": "c", "op": "lstm", "output": "c2", "init": 0.1, "label": "c_t"},
               {"id": "y", "op": "add"}],
             "edges": [{"from": "w", "to": "a"}, {"from": "u", "to": "a"},
               {"from": "a", "to": "h", "arg": 0}, {"from": "h", "to": "h", "arg": 1}, {"from": "c", "to": "h", "arg": 2, "delay": 1},
               {"from": "a", "to": "c", "arg": 0}, {"from": "h", "to": "c", "arg": 1, "delay": 1}, {"from": "c", "to": "c", "arg": 2},
               {"from": "h", "to": "y"}, {"from": "c", "to": "y"}]}
            """;

    /** The same LSTM with every operation a node of its own. */
    private static final String INLINE = """
            {"format": "chainrule", "version": 1, "output": "y",
             "nodes": [{"id": "u", "op": "input", "value": [0.3, -0.7, 0.45, 0.9]}, {"id": "w", "op": "param", "value": 0.8},
               {"id": "a", "op": "mul"}, {"id": "half", "op": "const", "value": 0.5}, {"id": "hh", "op": "mul"},
               {"id": "z", "op": "add"}, {"id": "four", "op": "const", "value": 4}, {"id": "two", "op": "const", "value": 2},
               {"id": "zf", "op": "add"}, {"id": "zi", "op": "sub"}, {"id": "f", "op": "sigmoid"}, {"id": "i", "op": "sigmoid"},
               {"id": "o", "op": "sigmoid"}, {"id": "g", "op": "tanh"}, {"id": "fc", "op": "mul"}, {"id": "ig", "op": "mul"},
               {"id": "c", "op": "add", "init": 0.1}, {"id": "tc", "op": "tanh"}, {"id": "h", "op": "mul", "init": -0.2},
               {"id": "y", "op": "add"}],
             "edges": [{"from": "w", "to": "a"}, {"from": "u", "to": "a"},
               {"from": "half", "to": "hh"}, {"from": "h", "to": "hh", "delay": 1}, {"from": "a", "to": "z"}, {"from": "hh", "to": "z"},
               {"from": "z", "to": "zf"}, {"from": "four", "to": "zf"}, {"from": "z", "to": "zi", "arg": 0}, {"from": "two", "to": "zi", "arg": 1},
               {"from": "zf", "to": "f"}, {"from": "zi", "to": "i"}, {"from": "z", "to": "o"}, {"from": "z", "to": "g"},
               {"from": "f", "to": "fc"}, {"from": "c", "to": "fc", "delay": 1}, {"from": "i", "to": "ig"}, {"from": "g", "to": "ig"},
               {"from": "fc", "to": "c"}, {"from": "ig", "to": "c"}, {"from": "c", "to": "tc"},
               {"from": "o", "to": "h"}, {"from": "tc", "to": "h"}, {"from": "h", "to": "y"}, {"from": "c", "to": "y"}]}
            """;

    @Test
    void anLstmCellThroughTimeEqualsTheLstmWrittenInlineAndCentralDifferences() {
        Graph g = GraphFile.parse(CELL, "cell"), inline = GraphFile.parse(INLINE, "inline");
        Evaluation ev = Engine.evaluate(g), in = Engine.evaluate(inline);
        assertEquals(4, ev.timesteps());
        for (String id : List.of("a", "h", "c", "y")) {
            for (int t = 1; t <= 4; t++) assertEquals(in.value(inline.node(id), t), ev.value(g.node(id), t), 1e-14, id + " at " + t);
        }
        List<String> keys = Quantity.all(g).stream().map(Quantity::key).toList();
        assertTrue(keys.containsAll(List.of("w", "u", "h.init", "c.init")), keys.toString());
        for (String k : keys) {
            assertEquals(in.grad(k), ev.grad(k), 1e-14, k);
            assertEquals(FiniteDifference.estimate(g, k), ev.grad(k), 1e-7, k);
        }
        assertNotEquals(0, ev.grad("w"), 1e-6);
        assertNotEquals(0, ev.grad("c.init"), 1e-6);
    }

    @Test
    void theShippedLstmCellGivesTheNumbersOfTheShippedLstm() {
        Graph g = ShippedGraphs.read("tum-p10c-lstm-cell.json"), lstm = ShippedGraphs.read("tum-p10c-lstm.json");
        Evaluation ev = Engine.evaluate(g), in = Engine.evaluate(lstm);
        assertEquals(50, ev.timesteps());
        assertEquals(in.value(lstm.node("h")), ev.value(g.node("h")), 1e-14);
        assertEquals(in.value(lstm.node("c")), ev.value(g.node("c")), 1e-14);
        for (int t = 1; t <= 50; t++) assertEquals(in.value(lstm.node("c"), t), ev.value(g.node("c"), t), 1e-14, "c at " + t);
        List<String> keys = Quantity.all(g).stream().map(Quantity::key).toList();
        assertEquals(java.util.Set.of("x", "h.init", "c.init"), new java.util.HashSet<>(keys));
        for (String k : keys) assertEquals(in.grad(k), ev.grad(k), 1e-14, k);
        for (String k : List.of("h.init", "c.init")) assertEquals(FiniteDifference.estimate(g, k), ev.grad(k), 1e-8, k);
        assertTrue(g.description().contains("?"), "the file asks its question");
    }

    @Test
    void expandingOneUseOfTheCellGivesOneCopyOfTheBodyAndTheSameNumbers() {
        Graph g = GraphFile.parse(CELL, "cell");
        Evaluation before = Engine.evaluate(g);
        FunctionDef lstm = g.function("lstm");
        List<String> fromH = outsideTheCell(g, "h");
        assertEquals(List.of("y"), fromH);
        History history = new History(g);
        int nodes = g.nodeCount();
        history.execute(new ReplaceGraph("Expand c", gr -> FunctionExpansion.expand(gr, gr.node("c"))));
        // one copy: every body node but the params and the two outputs is added once
        assertEquals(nodes + lstm.graph().nodeCount() - 3 - 2, g.nodeCount());
        assertTrue(g.nodes().stream().noneMatch(n -> n.op() == Op.FUNCTION));
        assertEquals(Op.MUL, g.node("h").op());
        assertEquals(Op.ADD, g.node("c").op());
        assertEquals("h_t", g.node("h").label());
        assertEquals("c_t", g.node("c").label());
        assertNull(g.node("h").functionOutput());
        assertEquals("f", g.node("c_f").label(), "an inner node a statement names reads as the body does");
        assertEquals(fromH, outsideTheCell(g, "h"), "h keeps its outgoing edges");
        assertEquals(List.of("y"), outsideTheCell(g, "c"));
        Evaluation after = Engine.evaluate(g);
        for (Node n : List.of(g.node("a"), g.node("h"), g.node("c"), g.node("y"))) {
            for (int t = 1; t <= 4; t++) assertEquals(before.value(n, t), after.value(n, t), 1e-14, n.id() + " at " + t);
        }
        for (Quantity q : Quantity.all(GraphFile.parse(CELL, "cell"))) assertEquals(before.grad(q.key()), after.grad(q.key()), 1e-14, q.key());
        history.undo();
        assertEquals(nodes, g.nodeCount());
        assertEquals("lstm", g.node("h").opName());
        assertEquals("h2", g.node("h").functionOutput());
        assertEquals(before.value(), Engine.evaluate(g).value(), 0);
    }

    /** Where node {@code id}'s edges go, leaving out the calls of the cell (and, expanded, its body). */
    private static List<String> outsideTheCell(Graph g, String id) {
        List<String> to = new ArrayList<>();
        for (Edge e : g.outgoing(g.node(id))) {
            String t = g.target(e).id();
            if (!t.equals("h") && !t.equals("c") && !t.startsWith("c_")) to.add(t);
        }
        return to;
    }

    /** Cells of other shapes: outputs in another order than assigned, an output feeding another, names used twice. */
    @ParameterizedTest
    @ValueSource(strings = {"\"s = x*h + c\", \"p = tanh(s)\", \"q = s*s - p\"], \"outputs\": [\"q\", \"p\"]",
            "\"p = sin(x) + h*c\", \"q = p*p + c\"], \"outputs\": [\"p\", \"q\"]",
            "\"m = max(x, h)\", \"q = m / (1 + c*c)\", \"p = q - x\"], \"outputs\": [\"p\", \"q\"]"})
    void aCellThroughTimeEqualsItsExpansion(String body) {
        String json = "{\"format\": \"chainrule\", \"version\": 1, \"output\": \"y\", \"timesteps\": 3,"
                + " \"functions\": [{\"name\": \"cell\", \"params\": [\"x\", \"h\", \"c\"], \"body\": [" + body + "}],"
                + " \"nodes\": [{\"id\": \"x\", \"op\": \"input\", \"value\": [0.3, -0.7, 0.45]}, {\"id\": \"w\", \"op\": \"param\", \"value\": 0.8},"
                + " {\"id\": \"p\", \"op\": \"cell\", \"output\": \"p\", \"init\": 0.2}, {\"id\": \"q\", \"op\": \"cell\", \"output\": \"q\", \"init\": 0.4},"
                + " {\"id\": \"y\", \"op\": \"mul\"}],"
                + " \"edges\": [{\"from\": \"x\", \"to\": \"p\", \"arg\": 0}, {\"from\": \"q\", \"to\": \"p\", \"arg\": 1, \"delay\": 1}, {\"from\": \"w\", \"to\": \"p\", \"arg\": 2},"
                + " {\"from\": \"x\", \"to\": \"q\", \"arg\": 0}, {\"from\": \"q\", \"to\": \"q\", \"arg\": 1}, {\"from\": \"w\", \"to\": \"q\", \"arg\": 2},"
                + " {\"from\": \"p\", \"to\": \"y\"}, {\"from\": \"q\", \"to\": \"y\"}]}";
        Graph g = GraphFile.parse(json, "test");
        assertEquals(List.of(List.of(g.node("p"), g.node("q"))), CellCalls.all(g));
        Graph expanded = g.copy();
        FunctionExpansion.expand(expanded, expanded.node("p"));
        assertTrue(expanded.nodes().stream().noneMatch(n -> n.op() == Op.FUNCTION), "both outputs expand at once");
        Evaluation ev = Engine.evaluate(g), ex = Engine.evaluate(expanded);
        for (Node n : g.nodes()) {
            for (int t = 1; t <= 3; t++) assertEquals(ex.value(expanded.node(n.id()), t), ev.value(n, t), 1e-13, n.id() + " at " + t);
        }
        for (Quantity q : Quantity.all(g)) {
            assertEquals(ex.grad(q.key()), ev.grad(q.key()), 1e-13, q.key());
            assertEquals(FiniteDifference.estimate(g, q.key()), ev.grad(q.key()), 1e-6, q.key());
        }
        // written and read again: the same statements, outputs and calls
        Graph again = GraphFile.parse(GraphFile.toJson(g), "again");
        assertEquals(g.function("cell").statements(), again.function("cell").statements());
        assertEquals(g.function("cell").outputs(), again.function("cell").outputs());
        assertEquals("q", again.node("q").functionOutput());
        assertEquals(ev.value(), Engine.evaluate(again).value(), 0);
    }

    @Test
    void anExpressionCannotCallACell() {
        InputException x = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> org.chainrule.io.expr.Expressions
                .toGraph("y = lstm(u, u, u) * 2", List.of(), ShippedGraphs.read("tum-p10c-lstm-cell.json").functions()));
        assertEquals("expression y = lstm(u, u, u) * 2: lstm(x, h, c) has the outputs h2, c2: an expression cannot say which;"
                + " call it from a node with \"output\"", x.getMessage());
    }

    @Test
    void theStepperDerivesEachOutputFromTheBodyAtThatOutput() {
        Graph g = GraphFile.parse(CELL, "cell");
        Evaluation ev = Engine.evaluate(g);
        Node c = g.node("c");
        List<String> lines = FunctionDerivatives.lines(g, c, ev, 2);
        assertEquals(3, lines.size());
        // ∂c2/∂c = f = σ(z + 4), one number from the body at the step's arguments
        List<Edge> args = g.arguments(c);
        String third = lines.get(2);
        assertTrue(third.startsWith("∂c_t/∂c_t = ∂lstm.c2/∂c at x = "), third);
        double f = ev.localPartial(args.get(2), 2);
        double z = ev.value(g.node("a"), 2) + 0.5 * ev.value(g.node("h"), 1);
        assertEquals(1 / (1 + Math.exp(-(z + 4))), f, 1e-15);
        assertTrue(third.endsWith(org.chainrule.ops.Numbers.human(f)), third);
        // the h output does not read c through f·c alone: its partial is another number
        assertNotEquals(f, ev.localPartial(g.arguments(g.node("h")).get(2), 2), 1e-6);
    }
}
