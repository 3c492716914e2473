package org.chainrule.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.PlacedText;
import org.chainrule.draw.Point;
import org.chainrule.draw.Rect;

/**
 * The tooltip of the stepper's text under the mouse on the canvas, painted on the canvas's top layer once the
 * mouse rests on a text: the full-precision number, and the whole text of a label the drawing
 * shortened with an ellipsis (the SVG export carries the same tooltips). Painted rather than a popup
 * window, so it never takes a click meant for the canvas.
 */
final class TextTooltips implements GraphCanvas.Overlay {
    private static final double FONT = 12, PAD = 5;
    private final GraphCanvas canvas;
    private final PauseTransition rest = new PauseTransition(Duration.millis(350));
    private PlacedText hovered;
    private Point at;
    private boolean visible;

    TextTooltips(GraphCanvas canvas) {
        this.canvas = canvas;
        rest.setOnFinished(e -> {
            visible = hovered != null;
            canvas.redrawOverlays();
        });
        canvas.overlays().add(this);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(canvas.toDiagram(e.getX(), e.getY())));
    }

    /** The text with a tooltip under a diagram point (edge texts are painted last: they win), or null. */
    static PlacedText textAt(Diagram d, Point p) {
        if (p == null || d == null) return null;
        for (DiagramEdge e : d.edges()) for (PlacedText t : e.texts()) if (t.tooltip() != null && t.bounds().contains(p)) return t;
        for (DiagramNode n : d.nodes()) for (PlacedText t : n.texts()) if (t.tooltip() != null && t.bounds().contains(p)) return t;
        return null;
    }

    private void hover(Point p) {
        // the diagram on screen: hovering never rebuilds it (a drag or an edit may be under way)
        // only over the stepper's labels (the editor's own canvas keeps its mouse to itself)
        boolean stepper = canvas.annotationsProperty().get() != null;
        PlacedText t = p == null || !stepper ? null : textAt(canvas.drawnDiagram(), p);
        at = p;
        if (t == hovered) return;
        hovered = t;
        boolean was = visible;
        visible = false;
        if (t == null) rest.stop();
        else rest.playFromStart();
        if (was) canvas.redrawOverlays();
    }

    /** The tooltip's text while one is shown, else null (for tests). */
    String text() { return visible && hovered != null ? hovered.tooltip() : null; }

    @Override
    public void paint(GraphicsContext gc, Diagram diagram, double zoom) {
        // moving off the text hides it; so does leaving the canvas
        if (!visible || hovered == null || at == null || !canvas.isHover()) return;
        Font f = Font.font(FONT / zoom);
        Text measure = new Text(hovered.tooltip());
        measure.setFont(f);
        double w = measure.getLayoutBounds().getWidth() + 2 * PAD / zoom;
        double h = measure.getLayoutBounds().getHeight() + 2 * PAD / zoom;
        // below and right of the pointer, as a tooltip sits
        Rect box = new Rect(at.x() + 12 / zoom, at.y() + 18 / zoom, w, h);
        gc.setFill(Color.rgb(255, 255, 225, 0.97));
        gc.fillRoundRect(box.x(), box.y(), w, h, 6 / zoom, 6 / zoom);
        gc.setStroke(Color.rgb(120, 120, 120));
        gc.setLineWidth(1 / zoom);
        gc.strokeRoundRect(box.x(), box.y(), w, h, 6 / zoom, 6 / zoom);
        gc.setFill(Color.rgb(31, 35, 40));
        gc.setFont(f);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(hovered.tooltip(), box.x() + PAD / zoom, box.y() + PAD / zoom);
    }
}
