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
 * target/chainrule.jar org.chainrule.ui.EditProbe FILE [EDITS] [move|value|add]}. Opens FILE in the real
 * window, waits for its complete drawing, then makes EDITS edits and prints for each the time until the
 * canvas has painted a drawing that shows it. {@code move} (the default) nudges a node in the middle of
 * the graph by 30 px (an undoable edit, as the arrow keys do); {@code value} sets the value of an input
 * (as the inspector does: the graph is evaluated again and the new value shown on the input); {@code add}
 * adds an add node joined to two nodes in the middle, and the next edit deletes it again.
 */
public final class EditProbe {
    private EditProbe() {}

    public static void main(String[] args) { Application.launch(App.class, args); }

    /** The probe as an application (the launcher class itself must not extend Application). */
    public static final class App extends Application {
        private MainWindow w;
        private final List<Double> times = new ArrayList<>(), complete = new ArrayList<>();
        private int edits;
        private String mode;
        private Node added;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            edits = args.size() > 1 ? Integer.parseInt(args.get(1)) : 5;
            mode = args.size() > 2 ? args.get(2) : "move";
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
                System.out.printf(Locale.ROOT, "%s: edit to frame, %,d nodes: median %.0f ms (runs %s); to the complete new drawing: median %.0f ms (runs %s)%n",
                        mode, w.viewModel().graph().nodeCount(), s[s.length / 2], times, c[c.length / 2], complete);
                Platform.exit();
                return;
            }
            List<Node> nodes = new ArrayList<>(w.viewModel().graph().nodes());
            long frames = w.canvas().framesPainted();
            long t0 = System.nanoTime();
            java.util.function.BooleanSupplier shows;
            if (mode.equals("value")) {
                List<Node> inputs = nodes.stream().filter(n -> n.op() == org.chainrule.ops.Op.INPUT).toList();
                Node n = inputs.get(inputs.size() / 2 + times.size() % (inputs.size() / 2));
                double v = n.values().get(0) + 0.25;
                String text = org.chainrule.ops.Numbers.human(v);
                w.viewModel().set(org.chainrule.edit.Property.value(n), org.chainrule.edit.Property.Value.of(v));
                shows = () -> {
                    Diagram d = w.canvas().drawnDiagram();
                    DiagramNode dn = d == null ? null : d.node(n.id());
                    return dn != null && dn.value() != null && dn.value().text().source().equals(text);
                };
            } else if (mode.equals("add")) {
                if (added == null) {
                    Node a = nodes.get(nodes.size() / 2), b = nodes.get(nodes.size() / 2 + 1);
                    added = w.viewModel().addNode(org.chainrule.ops.Op.ADD, a.x() + 40, a.y() + 90);
                    w.viewModel().connect(a, added, null);
                    w.viewModel().connect(b, added, null);
                    String id = added.id();
                    shows = () -> w.canvas().drawnDiagram() != null && w.canvas().drawnDiagram().node(id) != null
                            && w.canvas().drawnDiagram().node(id).value() != null;
                } else {
                    String id = added.id();
                    w.viewModel().selection().set(List.of(added));
                    w.viewModel().deleteSelection();
                    added = null;
                    shows = () -> w.canvas().drawnDiagram() != null && w.canvas().drawnDiagram().node(id) == null;
                }
            } else {
                Node n = nodes.get(nodes.size() / 2 + times.size());
                double x = n.x() + 30;
                w.viewModel().execute(MoveNodes.nudge(Map.of(n, new MoveNodes.Position(x, n.y()))));
                shows = () -> shown(n, x);
            }
            when(() -> shows.getAsBoolean() && w.canvas().framesPainted() > frames, () -> {
                times.add(Math.rint((System.nanoTime() - t0) / 1e6));
                when(() -> drawn(null, 0) && shows.getAsBoolean(), () -> {
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
