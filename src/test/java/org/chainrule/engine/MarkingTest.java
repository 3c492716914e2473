package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.Marking.Kind;
import org.chainrule.engine.Marking.Ref;
import org.chainrule.engine.Marking.Verdict;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

/** Marking a student's answers as an exam marker does: right, wrong, or carried from an earlier slip. */
class MarkingTest {
    private static Map<String, Double> map(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        return m;
    }

    private static Verdict verdict(Marking.Result r, Kind kind, String id) {
        return r.item(new Ref(kind, id)).verdict();
    }

    @Test
    void aWrongWxInP6bCarriesIntoSAndY() {
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        Evaluation ev = Engine.evaluate(g);
        double x = ev.value(g.node("x")), w = ev.value(g.node("w"));
        // the student multiplies 0.001 · 2 into 0.02, then adds and takes the max correctly from it
        double wx = 10 * w * x;
        double s = wx + x;
        Map<String, Double> values = map("wx", wx, "s", s, "y", Math.max(s, 0));
        Marking.Result r = Marking.mark(ev, values, Map.of(), AnswerCheck.EXAM);
        assertEquals(Verdict.WRONG, verdict(r, Kind.VALUE, "wx"));
        assertEquals(Verdict.CARRIED, verdict(r, Kind.VALUE, "s"));
        assertEquals(Verdict.CARRIED, verdict(r, Kind.VALUE, "y"));
        assertEquals(List.of(new Ref(Kind.VALUE, "wx")), r.item(new Ref(Kind.VALUE, "s")).from());
        assertEquals(List.of(new Ref(Kind.VALUE, "s")), r.item(new Ref(Kind.VALUE, "y")).from());
        assertEquals("wx", r.firstError().id());
        assertEquals(List.of("s", "y"), r.following(r.firstError()).stream().map(Marking.Item::id).toList());
        assertEquals(2, r.score());
        assertEquals(3, r.max());
        // the expected numbers are the engine's, whatever the student wrote
        assertEquals(ev.value(g.node("s")), r.item(new Ref(Kind.VALUE, "s")).expected());
    }

    @Test
    void aSlipThatFollowsFromNothingIsWrong() {
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        Evaluation ev = Engine.evaluate(g);
        double wx = ev.value(g.node("wx"));
        // wx right, but s is not wx + x: wrong, and y = max(s, 0) carries that slip
        double s = wx + 2 * ev.value(g.node("x"));
        Marking.Result r = Marking.mark(ev, map("wx", wx, "s", s, "y", s), Map.of(), AnswerCheck.EXAM);
        assertEquals(Verdict.RIGHT, verdict(r, Kind.VALUE, "wx"));
        assertEquals(Verdict.WRONG, verdict(r, Kind.VALUE, "s"));
        assertEquals(Verdict.CARRIED, verdict(r, Kind.VALUE, "y"));
        // the same wrong y with a right s follows from nothing
        Marking.Result alone = Marking.mark(ev, map("s", ev.value(g.node("s")), "y", s), Map.of(), AnswerCheck.EXAM);
        assertEquals(Verdict.WRONG, verdict(alone, Kind.VALUE, "y"));
    }

    @Test
    void gradientsCarryFromTheStudentsGradientsOfConsumersAndValues() {
        Graph g = ShippedGraphs.read("in5400-2018-dense.json");
        Evaluation ev = Engine.evaluate(g);
        // dJ/dŷ = 2(ŷ − y): the student takes ŷ − y for it, and uses it in the gradients below ŷ
        double yhat = ev.value(g.node("yhat")), y = ev.value(g.node("y"));
        double dyhat = yhat - y;
        double w2 = g.edge("h2->yhat").weight();
        double dh2 = dyhat * w2;
        Map<String, Double> grads = map("yhat", dyhat, "h2", dh2, "h2->yhat", dyhat * ev.value(g.node("h2")),
                "h2.bias", dh2, "x1->h2", dh2 * ev.value(g.node("x1")), "h1", ev.grad(g.node("h1")) * 3);
        Marking.Result r = Marking.mark(ev, Map.of(), grads, AnswerCheck.EXAM);
        assertEquals(Verdict.WRONG, verdict(r, Kind.GRAD, "yhat"));
        for (String k : List.of("h2", "h2->yhat", "h2.bias", "x1->h2")) assertEquals(Verdict.CARRIED, verdict(r, Kind.GRAD, k), k);
        assertEquals(Verdict.WRONG, verdict(r, Kind.GRAD, "h1"));
        // in the order of the backward pass: ŷ before the hidden units, a node before its bias and weights
        List<String> order = r.items().stream().map(Marking.Item::id).toList();
        assertTrue(order.indexOf("yhat") < order.indexOf("h2") && order.indexOf("h2") < order.indexOf("h2.bias"), order.toString());
        assertEquals("yhat", r.firstError().id());
        assertEquals(4, r.following(r.firstError()).size());
    }

    @Test
    void rightAnswersAreRightAndTheScoreCountsThem() {
        Graph g = ShippedGraphs.read("in5400-2018-dense.json");
        Evaluation ev = Engine.evaluate(g);
        Map<String, Double> values = new LinkedHashMap<>(ev.values());
        Map<String, Double> grads = new LinkedHashMap<>(ev.grads());
        Marking.Result r = Marking.mark(ev, values, grads, AnswerCheck.EXAM);
        assertEquals(values.size() + grads.size(), r.max());
        assertEquals(r.max(), r.score());
        assertNull(r.firstError());
    }

    @Test
    void theExamToleranceIsHalfAPercentOrOneHundredth() {
        Graph g = ShippedGraphs.read("in5400-2018-dense.json");
        Evaluation ev = Engine.evaluate(g);
        double j = ev.value(g.node("J"));
        Marking.Result r = Marking.mark(ev, map("J", j * 1.004, "h2", ev.value(g.node("h2")) + 0.009), Map.of(), AnswerCheck.EXAM);
        assertEquals(Verdict.RIGHT, verdict(r, Kind.VALUE, "J"));
        assertEquals(Verdict.RIGHT, verdict(r, Kind.VALUE, "h2"));
        Marking.Result strict = Marking.mark(ev, map("J", j * 1.004), Map.of(), new AnswerCheck(1e-3, 1e-3));
        assertEquals(Verdict.WRONG, verdict(strict, Kind.VALUE, "J"));
    }

    @Test
    void unknownIdsAreNamed() {
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        Evaluation ev = Engine.evaluate(g);
        assertEquals(List.of("values.v", "grads.q.bias"), Marking.unknown(ev, map("wx", 1, "v", 2), map("w", 1, "q.bias", 2)));
        assertThrows(IllegalArgumentException.class, () -> Marking.mark(ev, map("v", 1), Map.of(), AnswerCheck.EXAM));
    }
}
