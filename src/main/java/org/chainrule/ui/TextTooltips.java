package org.chainrule.ui;

import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.PlacedText;
import org.chainrule.draw.Point;

/**
 * The tooltip of the text under the mouse on the canvas: the full-precision number, and the whole text
 * of a label the drawing shortened with an ellipsis (the SVG export carries the same tooltips).
 */
final class TextTooltips {
    private final GraphCanvas canvas;
    private final Tooltip tip = new Tooltip();
    private PlacedText shown;

    TextTooltips(GraphCanvas canvas) {
        this.canvas = canvas;
        tip.setShowDelay(Duration.millis(250));
        tip.setId("canvas-text-tooltip");
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(canvas.toDiagram(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
    }

    /** The text with a tooltip under a diagram point (edge texts are painted last: they win), or null. */
    static PlacedText textAt(Diagram d, Point p) {
        if (p == null) return null;
        for (DiagramEdge e : d.edges()) for (PlacedText t : e.texts()) if (t.tooltip() != null && t.bounds().contains(p)) return t;
        for (DiagramNode n : d.nodes()) for (PlacedText t : n.texts()) if (t.tooltip() != null && t.bounds().contains(p)) return t;
        return null;
    }

    private void hover(Point p) {
        PlacedText t = textAt(canvas.diagram(), p);
        if (t == shown) return;
        shown = t;
        if (t == null) {
            Tooltip.uninstall(canvas, tip);
        } else {
            tip.setText(t.tooltip());
            Tooltip.install(canvas, tip);
        }
    }

    /** The tooltip's text while one is set, else null (for tests). */
    String text() { return shown == null ? null : tip.getText(); }
}
