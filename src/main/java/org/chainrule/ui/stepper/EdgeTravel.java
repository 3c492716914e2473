package org.chainrule.ui.stepper;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.Point;
import org.chainrule.draw.Theme;
import org.chainrule.ui.canvas.GraphCanvas;

/**
 * The travel animation of a step: a dot runs along each edge the step sends a number over (forward:
 * from the node to its consumers, in the forward colour; backward: from the node back to its arguments,
 * in the backward colour), then {@code whenDone} shows the labels. Painted as a canvas overlay in
 * diagram coordinates; a new step cuts the running animation short.
 */
final class EdgeTravel implements GraphCanvas.Overlay {
    /** Dot radius in diagram pixels. */
    static final double RADIUS = 5.5;

    private final GraphCanvas canvas;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private Timeline timeline;
    private List<String> keys = List.of();
    private boolean backward;
    private Runnable whenDone;

    EdgeTravel(GraphCanvas canvas) {
        this.canvas = canvas;
        progress.addListener((o, a, b) -> canvas.redraw());
    }

    /** Runs the dot along the edges with these keys, then calls {@code done}; no edges: {@code done} at once. */
    void play(List<String> edgeKeys, boolean back, Duration duration, Runnable done) {
        finish();
        if (edgeKeys.isEmpty() || duration.toMillis() < 20) {
            done.run();
            return;
        }
        keys = List.copyOf(edgeKeys);
        backward = back;
        whenDone = done;
        progress.set(0);
        timeline = new Timeline(new KeyFrame(duration, new KeyValue(progress, 1)));
        timeline.setOnFinished(e -> finish());
        timeline.play();
    }

    /** Ends the running animation at once (its labels appear). */
    void finish() {
        if (timeline != null) {
            Timeline t = timeline;
            timeline = null;
            t.stop();
        }
        keys = List.of();
        canvas.redraw();
        Runnable r = whenDone;
        whenDone = null;
        if (r != null) r.run();
    }

    @Override
    public void paint(GraphicsContext gc, Diagram diagram, double zoom) {
        if (keys.isEmpty()) return;
        Theme theme = Theme.standard();
        gc.setFill(Color.web(backward ? theme.backward() : theme.forward()));
        double p = progress.get();
        for (String k : keys) {
            DiagramEdge e = diagram.edge(k);
            if (e == null) continue;
            Point at = e.at(backward ? 1 - p : p);
            gc.fillOval(at.x() - RADIUS, at.y() - RADIUS, 2 * RADIUS, 2 * RADIUS);
        }
    }
}
