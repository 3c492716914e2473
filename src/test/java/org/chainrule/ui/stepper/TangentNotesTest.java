package org.chainrule.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chainrule.ShippedGraphs;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramBuilder;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Ink;
import org.chainrule.draw.Theme;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.ForwardPasses;
import org.chainrule.engine.TangentCursor;
import org.chainrule.model.Graph;
import org.chainrule.ops.Numbers;
import org.junit.jupiter.api.Test;

/** A forward-mode picture paints its tangents in their own colour; a reverse-mode one its gradients in red. */
class TangentNotesTest {
    @Test
    void tangentsArePaintedInTheTangentColourAndGradientsInTheGradientColour() {
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        Evaluation ev = Engine.evaluate(g);
        TangentCursor cursor = new TangentCursor(g, ForwardPasses.of(ev, "x"));
        cursor.toEnd();
        Diagram forward = DiagramBuilder.build(g, TangentNotes.of(g, cursor.state()));
        int tangents = 0;
        for (DiagramNode n : forward.nodes()) {
            if (n.grad() == null) continue;
            assertEquals(Ink.TANGENT, n.grad().ink(), n.id());
            tangents++;
        }
        for (DiagramEdge e : forward.edges()) {
            if (e.grad() == null) continue;
            assertEquals(Ink.TANGENT, e.grad().ink(), e.key());
            tangents++;
        }
        assertTrue(tangents >= g.nodeCount(), "only " + tangents + " tangent texts");
        // the skip's tangent, as the engine gives it, is the one painted under it
        double sum = ForwardPasses.of(ev, "x").tangent(g.node("s"));
        assertTrue(forward.node("s").grad().text().toString().contains(Numbers.human(sum)), forward.node("s").grad().text().toString());

        Diagram reverse = DiagramBuilder.build(g, Annotations.from(ev, AnnotateMode.BOTH));
        for (DiagramNode n : reverse.nodes()) if (n.grad() != null) assertEquals(Ink.BACKWARD, n.grad().ink(), n.id());
        Theme theme = Theme.standard();
        assertNotEquals(theme.color(Ink.BACKWARD), theme.color(Ink.TANGENT));
        assertNotEquals(theme.color(Ink.FORWARD), theme.color(Ink.TANGENT));
    }
}
