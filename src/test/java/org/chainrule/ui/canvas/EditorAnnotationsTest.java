package org.chainrule.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.chainrule.ShippedGraphs;
import org.chainrule.draw.Annotations;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.junit.jupiter.api.Test;

/**
 * The editor's value texts after an edit: the texts of values that did not change are taken from the
 * drawing before, and every text is what writing all of them again gives.
 */
class EditorAnnotationsTest {
    @Test
    void afterAnEditTheUnchangedValuesKeepTheirTextsAndEveryTextIsAsIfWrittenAgain() {
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        Evaluation before = Engine.evaluate(g);
        EditorAnnotations.Values first = EditorAnnotations.values(g, before, EditorAnnotations.Written.NONE);
        Node w = g.node("w");
        double old = before.value(w);
        w.setValue(old * 3);
        Evaluation after = Engine.evaluate(g);
        EditorAnnotations.Values second = EditorAnnotations.values(g, after, first.written());
        Annotations fresh = EditorAnnotations.values(g, after);
        int kept = 0, changed = 0;
        for (Node n : g.nodes()) {
            Annotations.NodeNote now = second.annotations().node(n.id());
            assertEquals(fresh.node(n.id()), now, n.id());
            if (Double.doubleToRawLongBits(before.value(n)) == Double.doubleToRawLongBits(after.value(n))) {
                assertSame(first.annotations().node(n.id()), now, n.id() + "'s value is unchanged: its text is the one written before");
                kept++;
            } else {
                assertNotEquals(first.annotations().node(n.id()).value(), now.value(), n.id());
                assertNotSame(first.annotations().node(n.id()), now);
                changed++;
            }
        }
        // w, w·x and the sum change; x and the constant do not
        assertEquals(Engine.evaluate(g).value(g.node("x")), before.value(g.node("x")));
        assertEquals(true, kept >= 1 && changed >= 2, kept + " kept, " + changed + " changed");
    }
}
