package org.chainrule.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.chainrule.ui.canvas.GraphCanvas;

/**
 * Measures the editor's canvas for docs/performance.md (issue 7); not part of the editor itself. Run it
 * under a display, e.g. {@code xvfb-run -a java -cp target/chainrule.jar org.chainrule.ui.CanvasBench
 * [FILE] [SECONDS]}. It opens the real window (the default example without FILE), prints the time from
 * JVM start to the first painted frame, then (with FILE) pans and zooms on every pulse for SECONDS at
 * the fit-to-window zoom and at zoom 1, printing frames per second and frame intervals, and exits.
 */
public final class CanvasBench {
    private CanvasBench() {}

    /** Not an {@code Application} itself: {@code java -cp} on the shaded jar needs a plain main class. */
    public static void main(String[] args) {
        Application.launch(Probe.class, args);
    }

    /** The measuring application. */
    public static final class Probe extends Application {
        private GraphCanvas canvas;
        private Stage stage;
        private long startMillis;

        @Override
        public void start(Stage stage) {
            this.stage = stage;
            startMillis = System.currentTimeMillis();
            List<String> args = getParameters().getRaw();
            String file = args.isEmpty() ? null : args.get(0);
            double seconds = args.size() > 1 ? Double.parseDouble(args.get(1)) : 5;
            stage.setWidth(1400);
            stage.setHeight(900);
            MainWindow w = ChainruleApp.open(stage, file == null ? List.of() : List.of(file));
            long opened = System.currentTimeMillis();
            canvas = w.canvas();
            long[] firstFrame = {-1};
            canvas.addFrameListener(now -> {
                if (firstFrame[0] >= 0) return;
                firstFrame[0] = System.currentTimeMillis();
                long jvm = ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.printf(Locale.ROOT, "%s: %,d nodes; JVM start -> first frame %d ms (JVM start -> start() %d ms, open + lay out %d ms)%n",
                        file == null ? "default example" : file, w.viewModel().graph().nodeCount(), firstFrame[0] - jvm,
                        startMillis - jvm, opened - startMillis);
                if (file == null) {
                    Platform.exit();
                } else {
                    whenDrawn(w, () -> {
                        System.out.printf(Locale.ROOT, "  complete drawing on screen %d ms after JVM start%n",
                                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
                        canvas.fitToWindow();
                        if (Boolean.getBoolean("probe.tree")) {
                            for (javafx.scene.Node n = canvas; n != null; n = n.getParent()) {
                                String bg = n instanceof javafx.scene.layout.Region r && r.getBackground() != null
                                        ? r.getBackground().getFills().size() + " fills " + r.getBackground().getFills().get(0).getFill() : "-";
                                System.out.println("   " + n.getClass().getSimpleName() + " " + n.getStyleClass() + " bg " + bg + " clip " + (n.getClip() != null)
                                        + " bounds " + n.getBoundsInParent());
                            }
                        }
                        drive("fit to window (zoom " + String.format(Locale.ROOT, "%.3f", canvas.zoom()) + ")", seconds, () -> {
                            canvas.zoomBy(1, canvas.getWidth() / 2, canvas.getHeight() / 2);
                            canvas.zoomBy(1 / canvas.zoom(), canvas.getWidth() / 2, canvas.getHeight() / 2);
                            drive("zoom 1", seconds, Platform::exit);
                        });
                    });
                }
            });
            stage.show();
        }

        /** Runs {@code then} once the whole graph is drawn (a big graph's drawing is built in the background). */
        private void whenDrawn(MainWindow w, Runnable then) {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    org.chainrule.draw.Diagram d = canvas.drawnDiagram();
                    if (d == null || d.nodes().size() < w.viewModel().graph().nodeCount()
                            || canvas.drawing().runningProperty().get() || w.viewModel().evaluations().runningProperty().get()) {
                        return;
                    }
                    stop();
                    Platform.runLater(then);
                }
            }.start();
        }

        /** Pans back and forth and zooms in and out a little on every pulse; reports frames painted. */
        private void drive(String what, double seconds, Runnable then) {
            List<Long> frameTimes = new ArrayList<>();
            long paint0 = canvas.paintNanos();
            java.util.function.Consumer<Long> listener = frameTimes::add;
            canvas.addFrameListener(listener);
            long start = System.nanoTime();
            new AnimationTimer() {
                int k;

                @Override
                public void handle(long now) {
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    if (elapsed >= seconds) {
                        stop();
                        report(what, frameTimes, elapsed, (canvas.paintNanos() - paint0) / 1e6);
                        then.run();
                        return;
                    }
                    k++;
                    double dir = (k / 30) % 2 == 0 ? 1 : -1;
                    canvas.panBy(6 * dir, 3 * dir);
                    canvas.zoomBy(k % 2 == 0 ? 1.01 : 1 / 1.01, canvas.getWidth() / 2, canvas.getHeight() / 2);
                }
            }.start();
        }

        private void report(String what, List<Long> frameTimes, double elapsed, double paintMs) {
            int n = frameTimes.size();
            double[] gaps = new double[Math.max(0, n - 1)];
            for (int i = 1; i < n; i++) gaps[i - 1] = (frameTimes.get(i) - frameTimes.get(i - 1)) / 1e6;
            Arrays.sort(gaps);
            double median = gaps.length == 0 ? Double.NaN : gaps[gaps.length / 2];
            double p95 = gaps.length == 0 ? Double.NaN : gaps[(int) Math.min(gaps.length - 1, Math.round(gaps.length * 0.95))];
            System.out.printf(Locale.ROOT, "  pan + zoom, %s: %d frames in %.1f s = %.1f fps; frame interval median %.1f ms, 95th percentile %.1f ms;"
                    + " painting on the FX thread %.1f ms a frame (window %.0f x %.0f)%n",
                    what, n, elapsed, n / elapsed, median, p95, n == 0 ? Double.NaN : paintMs / n, stage.getWidth(), stage.getHeight());
        }
    }
}
