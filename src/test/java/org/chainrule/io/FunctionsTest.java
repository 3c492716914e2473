package org.chainrule.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.chainrule.ShippedGraphs;
import org.chainrule.edit.History;
import org.chainrule.edit.ReplaceGraph;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.FiniteDifference;
import org.chainrule.engine.ForwardPasses;
import org.chainrule.engine.GraphException;
import org.chainrule.io.expr.Expressions;
import org.chainrule.model.FunctionExpansion;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Functions a file defines: a graph that calls them computes what the same graph written inline computes
 * (values, gradients, tangents), through time too; expanding a call changes no number; every mistake is one
 * line naming the function and the place.
 */
class FunctionsTest {
    private static final String HEAD = "{\"format\": \"chainrule\", \"version\": 1, \"output\": \"y\", ";

    @Test
    void softplusGraphEqualsTheSameGraphWrittenInline() {
        Graph g = ShippedGraphs.read("softplus-function.json");
        Graph inline = Expressions.toGraph("L = sq_err(log(1 + exp(w*x + b)), t)", List.of("w", "b"));
        for (String id : List.of("w", "x", "b", "t")) inline.node(id).setValue(g.node(id).valueAt(1));
        Evaluation ev = Engine.evaluate(g), in = Engine.evaluate(inline);
        assertEquals(in.value(), ev.value(), 1e-15);
        for (String k : List.of("w", "x", "b", "t")) {
            assertEquals(in.grad(k), ev.grad(k), 1e-15, k);
            assertEquals(FiniteDifference.estimate(g, k), ev.grad(k), 1e-6, k);
            assertEquals(ForwardPasses.of(in, k).output(), ForwardPasses.of(ev, k).output(), 1e-15, k);
        }
        // softplus'(z) = σ(z): at z = 0 it is 1/2, from the body and nothing else
        assertEquals(0.5, ev.localPartial(g.arguments(g.node("y")).get(0), 1), 1e-15);
    }

    /**
     * A function of two params inside a recurrent graph (its second argument its own output of the step
     * before), against its expansion and central differences.
     */
    @ParameterizedTest
    @ValueSource(strings = {"log(1 + exp(a)) * b", "a * b + sin(a)", "tanh(a) * b - a^3", "max(a, b) / (1 + b*b)",
            "sq(a) + b", "b", "2 * sq(a - b)"})
    void aFunctionThroughTimeEqualsItsExpansion(String body) {
        String json = HEAD + "\"timesteps\": 3, \"functions\": [{\"name\": \"f\", \"params\": [\"a\", \"b\"], \"body\": \"" + body
                + "\"}, {\"name\": \"sq\", \"params\": [\"u\"], \"body\": \"u * u\"}],"
                + " \"nodes\": [{\"id\": \"x\", \"op\": \"input\", \"value\": [0.3, -0.7, 0.45]}, {\"id\": \"w\", \"op\": \"param\", \"value\": 0.8},"
                + " {\"id\": \"h\", \"op\": \"neuron\", \"activation\": \"tanh\", \"init\": 0.2, \"bias\": 0.1},"
                + " {\"id\": \"c\", \"op\": \"f\", \"init\": 0.4}, {\"id\": \"y\", \"op\": \"add\"}],"
                + " \"edges\": [{\"from\": \"x\", \"to\": \"h\", \"weight\": 1.2}, {\"from\": \"c\", \"to\": \"h\", \"weight\": 0.5, \"delay\": 1},"
                + " {\"from\": \"h\", \"to\": \"c\", \"arg\": 0}, {\"from\": \"c\", \"to\": \"c\", \"arg\": 1},"
                + " {\"from\": \"c\", \"to\": \"y\"}, {\"from\": \"w\", \"to\": \"y\"}]}";
        Graph g = GraphFile.parse(json, "test");
        Graph expanded = g.copy();
        List<Node> added = FunctionExpansion.expand(expanded, expanded.node("c"));
        assertTrue(expanded.node("c").op() != Op.FUNCTION || body.startsWith("sq"), "c computes the body's root now");
        assertEquals(g.nodeCount() + added.size(), expanded.nodeCount());
        Evaluation ev = Engine.evaluate(g), ex = Engine.evaluate(expanded);
        for (Node n : g.nodes()) {
            for (int t = 1; t <= 3; t++) assertEquals(ex.value(expanded.node(n.id()), t), ev.value(n, t), 1e-12, n.id() + " at " + t);
        }
        for (Quantity q : Quantity.all(g)) {
            String k = q.key();
            assertEquals(ex.grad(k), ev.grad(k), 1e-12, k);
            assertEquals(FiniteDifference.estimate(g, k), ev.grad(k), 1e-6, k);
            assertEquals(ev.grad(k), ForwardPasses.of(ev, k).output(), 1e-12, k);
        }
        // written and read again: the same functions and calls
        Graph again = GraphFile.parse(GraphFile.toJson(g), "again");
        assertEquals(ev.value(), Engine.evaluate(again).value(), 0);
        assertEquals("f", again.node("c").opName());
        assertEquals(body, again.function("f").body());
    }

    @Test
    void expressionsCallTheFilesFunctionsAndExpandingIsUndoable() {
        Graph g = ShippedGraphs.read("softplus-function.json");
        Graph e = Expressions.toGraph("y = softplus(u) * 2", List.of(), g.functions());
        e.node("u").setValue(0.3);
        Graph inline = Expressions.toGraph("y = log(1 + exp(u)) * 2");
        inline.node("u").setValue(0.3);
        assertEquals(Engine.evaluate(inline).grad("u"), Engine.evaluate(e).grad("u"), 1e-15);
        assertEquals(Op.FUNCTION, e.node("softplus1").op());

        History h = new History(g);
        double before = Engine.evaluate(g).grad("w");
        int nodes = g.nodeCount();
        h.execute(new ReplaceGraph("Expand y", gr -> FunctionExpansion.expand(gr, gr.node("y"))));
        assertTrue(g.nodeCount() > nodes);
        assertEquals(Op.LOG, g.node("y").op());
        assertEquals(before, Engine.evaluate(g).grad("w"), 1e-15);
        h.undo();
        assertEquals(nodes, g.nodeCount());
        assertEquals("softplus", g.node("y").opName());
        assertEquals(before, Engine.evaluate(g).grad("w"), 0);
    }

    @Test
    void mistakesNameTheFunctionAndThePlace() {
        assertEquals("test: functions[0] 'f': recursion: f -> g -> f (a function cannot call itself)",
                problem("[{\"name\": \"f\", \"params\": [\"a\"], \"body\": \"g(a) + 1\"}, {\"name\": \"g\", \"params\": [\"b\"], \"body\": \"2 * f(b)\"}]", "f"));
        assertEquals("test: functions[0] 'f': recursion: f -> f (a function cannot call itself)",
                problem("[{\"name\": \"f\", \"params\": [\"a\"], \"body\": \"f(a)\"}]", "f"));
        assertEquals("test: functions[0] 'f'.body, column 5: unknown name 'b' (the params are a)",
                problem("[{\"name\": \"f\", \"params\": [\"a\"], \"body\": \"a * b\"}]", "f"));
        assertEquals("test: functions[0] 'f'.body, column 5: unknown function 'foo'",
                problem("[{\"name\": \"f\", \"params\": [\"a\"], \"body\": \"a * foo(a)\"}]", "f"));
        assertEquals("test: functions[1] 'g'.body, column 1: f takes 2 arguments, not 1",
                problem("[{\"name\": \"f\", \"params\": [\"a\", \"b\"], \"body\": \"a * b\"}, {\"name\": \"g\", \"params\": [\"a\"], \"body\": \"f(a)\"}]", "g"));
        assertEquals("test: functions[0] 'relu': 'relu' is a built-in op: choose another name",
                problem("[{\"name\": \"relu\", \"params\": [\"a\"], \"body\": \"a\"}]", "add"));
        assertEquals("test: functions[0] 'f'.params: param 'a' is given twice",
                problem("[{\"name\": \"f\", \"params\": [\"a\", \"a\"], \"body\": \"a\"}]", "add"));
        // a call with the wrong number of arguments: the engine's validation names the node and the function
        Graph g = GraphFile.parse(file("[{\"name\": \"f\", \"params\": [\"a\", \"b\"], \"body\": \"a * b\"}]", "f"), "test");
        assertEquals("node 'y': function f(a, b) takes 2 inputs, has 1",
                assertThrows(GraphException.class, () -> Engine.evaluate(g)).getMessage());
        InputException x = assertThrows(InputException.class, () -> Expressions.toGraph("softplus(u, v)", List.of(),
                ShippedGraphs.read("softplus-function.json").functions()));
        assertEquals("expression, column 1: softplus takes 1 argument, not 2", x.getMessage());
    }

    private static String file(String functions, String op) {
        return HEAD + "\"functions\": " + functions + ", \"nodes\": [{\"id\": \"x\", \"op\": \"input\", \"value\": 1},"
                + " {\"id\": \"y\", \"op\": \"" + op + "\"}], \"edges\": [{\"from\": \"x\", \"to\": \"y\"}]}";
    }

    private static String problem(String functions, String op) {
        return assertThrows(InputException.class, () -> GraphFile.parse(file(functions, op), "test")).getMessage();
    }

    @Test
    void aFunctionGivesOneValueAndOneLocalPartialPerParamFromItsBody() {
        Graph g = ShippedGraphs.read("softplus-function.json");
        Map<String, Double> grads = Engine.evaluate(g).grads();
        assertEquals(grads.get("z"), grads.get("y") * 0.5, 1e-15);
    }
}
