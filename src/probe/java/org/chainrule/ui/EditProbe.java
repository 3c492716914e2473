package org.chainrule.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramNode;
import org.chainrule.edit.MoveNodes;
import org.chainrule.model.Node;

/**
 * Measures edit to frame for docs/performance.md, by hand under a display: {@code java -cp
 * target/chainrule.jar org.chainrule.ui.EditProbe FILE [EDITS]}. Opens FILE in the real window, waits
 * for its complete drawing, then nudges a node in the middle of the graph by 30 px (an undoable edit,
 * as the arrow keys do) EDITS times, and prints for each the time until the canvas has painted a
 * drawing that shows the node at its new place.
 */
public final class EditProbe {
    private EditProbe() {}

    public static void main(String[] args) { Application.launch(App.class, args); }

    /** The probe as an application (the launcher class itself must not extend Application). */
    public static final class App extends Application {
        private MainWindow w;
        private final List<Double> times = new ArrayList<>(), complete = new ArrayList<>();
        private int edits;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            edits = args.size() > 1 ? Integer.parseInt(args.get(1)) : 5;
            stage.setWidth(1400);
            stage.setHeight(900);
            w = ChainruleApp.open(stage, List.of(args.get(0)));
            stage.show();
            when(() -> drawn(null, 0), () -> {
                w.canvas().fitToWindow();
                edit();
            });
        }

        /** Whether the whole graph is drawn, with {@code moved} (if any) at x = {@code x}. */
        private boolean drawn(Node moved, double x) {
            if (w.canvas().drawing().runningProperty().get() || w.viewModel().evaluations().runningProperty().get()) return false;
            return shown(moved, x);
        }

        /** Whether the drawing on screen has every node, and {@code moved} (if any) at x = {@code x}. */
        private boolean shown(Node moved, double x) {
            Diagram d = w.canvas().drawnDiagram();
            if (d == null || d.nodes().size() < w.viewModel().graph().nodeCount()) return false;
            if (moved == null) return true;
            DiagramNode n = d.node(moved.id());
            return n != null && Math.abs(n.x() - x) < 1e-6;
        }

        private void edit() {
            if (times.size() == edits) {
                double[] s = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double[] c = complete.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "edit to frame, %,d nodes: median %.0f ms (runs %s); to the complete new drawing: median %.0f ms (runs %s)%n",
                        w.viewModel().graph().nodeCount(), s[s.length / 2], times, c[c.length / 2], complete);
                Platform.exit();
                return;
            }
            List<Node> nodes = new ArrayList<>(w.viewModel().graph().nodes());
            Node n = nodes.get(nodes.size() / 2 + times.size());
            double x = n.x() + 30;
            long frames = w.canvas().framesPainted();
            long t0 = System.nanoTime();
            w.viewModel().execute(MoveNodes.nudge(Map.of(n, new MoveNodes.Position(x, n.y()))));
            when(() -> shown(n, x) && w.canvas().framesPainted() > frames, () -> {
                times.add(Math.rint((System.nanoTime() - t0) / 1e6));
                when(() -> drawn(n, x), () -> {
                    complete.add(Math.rint((System.nanoTime() - t0) / 1e6));
                    edit();
                });
            });
        }

        /** Runs {@code then} on the first pulse at which {@code ready} holds (checked after each pulse). */
        private void when(java.util.function.BooleanSupplier ready, Runnable then) {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (!ready.getAsBoolean()) return;
                    stop();
                    Platform.runLater(then);
                }
            }.start();
        }
    }
}
