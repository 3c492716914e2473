package org.chainrule.ui;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.chainrule.draw.Point;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ui.canvas.GraphCanvas;

/**
 * Measures the frame rate of the real window while a node of a big graph is dragged (run by hand under
 * a display: {@code java ... org.chainrule.ui.FrameRateProbe [NODES]}). A robot presses on a node and
 * moves the mouse a few pixels every 10 ms for five seconds; an {@link AnimationTimer} counts pulses and
 * the canvas counts the frames it painted.
 */
public final class FrameRateProbe {
    public static void main(String[] args) { Application.launch(App.class, args); }

    /** The probe as an application (the launcher class itself must not extend Application). */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        int n = getParameters().getRaw().isEmpty() ? 500 : Integer.parseInt(getParameters().getRaw().get(0));
        MainWindow w = ChainruleApp.open(stage, List.of());
        Graph g = BigGraphs.layered(n, 25, 1);
        w.viewModel().setDocument(g, null);
        stage.show();
        Platform.runLater(() -> {
            w.canvas().fitToWindow();
            w.canvas().zoomBy(2.5, w.canvas().getWidth() / 2, w.canvas().getHeight() / 2);
            new Timeline(new KeyFrame(Duration.seconds(2), e -> idle(w, g))).play();
        });
    }

    /** Three seconds of wheel-like zooming in and out around the middle, one step every 16 ms. */
    private void zoom(MainWindow w, Graph g) {
        GraphCanvas c = w.canvas();
        long[] pulses = {0};
        AnimationTimer counter = new AnimationTimer() {
            @Override public void handle(long now) { pulses[0]++; }
        };
        long t0 = System.nanoTime();
        counter.start();
        int[] step = {0};
        Timeline zooms = new Timeline(new KeyFrame(Duration.millis(16), e -> {
            step[0]++;
            c.zoomBy((step[0] / 30) % 2 == 0 ? 1.03 : 1 / 1.03, c.getWidth() / 2, c.getHeight() / 2);
        }));
        zooms.setCycleCount(190);
        zooms.setOnFinished(e -> {
            counter.stop();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("FPS zoom %d nodes: %.1f s, %d pulses (%.1f/s)%n", g.nodeCount(), secs, pulses[0], pulses[0] / secs);
            new Timeline(new KeyFrame(Duration.seconds(1), x -> Platform.exit())).play();
        });
        zooms.play();
    }

    /** Three seconds of repainting the whole canvas on every pulse, without input: the machine's baseline. */
    private void idle(MainWindow w, Graph g) {
        GraphCanvas c = w.canvas();
        long[] pulses = {0};
        long frames0 = c.framesPainted(), nanos0 = c.paintNanos(), t0 = System.nanoTime();
        AnimationTimer t = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses[0]++;
                c.redraw();
                if (now - t0 > 3e9) {
                    stop();
                    double secs = (System.nanoTime() - t0) / 1e9;
                    long frames = c.framesPainted() - frames0;
                    System.out.printf("FPS idle repaint %d nodes: %d pulses (%.1f/s), %d frames (%.1f fps), %.1f ms per frame on the FX thread%n",
                            g.nodeCount(), pulses[0], pulses[0] / secs, frames, frames / secs, (c.paintNanos() - nanos0) / 1e6 / Math.max(1, frames));
                    drag(w, g);
                }
            }
        };
        t.start();
    }

    private void drag(MainWindow w, Graph g) {
        GraphCanvas c = w.canvas();
        // the node nearest the middle of the view
        Point mid = c.visibleCentre();
        Node best = null;
        for (Node x : g.nodes()) {
            if (best == null || Math.hypot(x.x() - mid.x(), x.y() - mid.y()) < Math.hypot(best.x() - mid.x(), best.y() - mid.y())) best = x;
        }
        Node node = best;
        double startX = node.x();
        Point s = c.toScreen(new Point(node.x(), node.y()));
        Point2D at = c.localToScreen(s.x(), s.y());
        Robot robot = new Robot();
        robot.mouseMove(at);
        robot.mousePress(MouseButton.PRIMARY);
        long[] pulses = {0};
        long frames0 = c.framesPainted(), nanos0 = c.paintNanos();
        AnimationTimer counter = new AnimationTimer() {
            @Override public void handle(long now) { pulses[0]++; }
        };
        long t0 = System.nanoTime();
        counter.start();
        int[] step = {0};
        Timeline moves = new Timeline(new KeyFrame(Duration.millis(10), e -> {
            step[0]++;
            double k = step[0];
            robot.mouseMove(at.getX() + 120 * Math.sin(k / 40.0), at.getY() + 60 * Math.sin(k / 25.0));
        }));
        moves.setCycleCount(500);
        moves.setOnFinished(e -> {
            counter.stop();
            double secs = (System.nanoTime() - t0) / 1e9;
            long frames = c.framesPainted() - frames0;
            robot.mouseRelease(MouseButton.PRIMARY);
            System.out.printf("FPS drag %d nodes %d edges: %.1f s, %d pulses (%.1f/s), %d frames painted (%.1f fps), %.1f ms per frame on the FX thread, node moved %.0f px%n",
                    g.nodeCount(), g.edgeCount(), secs, pulses[0], pulses[0] / secs, frames, frames / secs,
                    (c.paintNanos() - nanos0) / 1e6 / Math.max(1, frames), Math.abs(node.x() - startX));
            zoom(w, g);
        });
        moves.play();
    }
    }
}
