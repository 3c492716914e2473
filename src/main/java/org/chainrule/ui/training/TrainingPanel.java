package org.chainrule.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chainrule.edit.SetNumbers;
import org.chainrule.engine.AnswerCheck;
import org.chainrule.engine.TrainingRun;
import org.chainrule.ops.Numbers;
import org.chainrule.ui.BackgroundWork;
import org.chainrule.ui.EditorViewModel;
import org.chainrule.ui.LogAxis;

/**
 * The Training panel: N iterations of gradient descent with learning rate lr and momentum μ, run on a
 * worker thread ({@link BackgroundWork}) while a JavaFX {@code LineChart} draws the loss as it comes.
 * Pause stops after the current iteration, Step runs one; Run again goes on from there with the same
 * velocities. Each time the run stops, the editor's graph gets its numbers through one command that
 * replaces the run's previous one, so Undo takes the whole run back in one step. Editing the graph by
 * hand (or undoing the run) ends the session: the next Run starts afresh from the graph as it is.
 */
public final class TrainingPanel {
    private final EditorViewModel vm;
    private final BackgroundWork work = new BackgroundWork();
    private final TextField iterations = field("training-iterations", "100", "How many iterations Run does");
    private final TextField lr = field("training-lr", "0.1", "Learning rate");
    private final TextField momentum = field("training-momentum", "0", "Momentum μ (0: plain gradient descent)");
    private final Button run = button("training-run", "▶ Run", "Run the iterations, drawing the loss as it goes");
    private final Button pause = button("training-pause", "❚❚ Pause", "Stop after the current iteration");
    private final Button step = button("training-step", "Step", "One iteration");
    private final CheckBox log = new CheckBox("log scale");
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final Label status = new Label("Run trains every trainable number of the graph; Undo takes the run back.");
    private final BorderPane node = new BorderPane();
    private final AtomicBoolean pauseRequested = new AtomicBoolean();
    private final ConcurrentLinkedQueue<TrainingRun.Row> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final List<TrainingRun.Row> shown = new ArrayList<>();
    private TrainingSession session;
    private SetNumbers committed;
    private int committedAt = -1;
    private boolean ownEdit;

    public TrainingPanel(EditorViewModel vm) {
        this.vm = vm;
        xAxis.setLabel("iteration");
        yAxis.setLabel("loss");
        chart.setId("training-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.getData().add(series);
        log.setId("training-log");
        log.selectedProperty().addListener((o, a, b) -> redraw());
        status.setId("training-status");
        run.setOnAction(e -> start(-1));
        step.setOnAction(e -> start(1));
        pause.setOnAction(e -> pauseRequested.set(true));
        pause.disableProperty().bind(work.runningProperty().not());
        run.disableProperty().bind(work.runningProperty());
        step.disableProperty().bind(work.runningProperty());
        work.setOnError((what, why) -> status.setText(what + ": " + why));
        // the controls in a column beside the chart: the docked panel is wide and low
        GridPane fields = new GridPane();
        fields.setHgap(6);
        fields.setVgap(4);
        fields.addRow(0, new Label("iterations"), iterations);
        fields.addRow(1, new Label("lr"), lr);
        fields.addRow(2, new Label("μ"), momentum);
        HBox buttons = new HBox(4, run, pause, step);
        VBox controls = new VBox(6, fields, buttons, log);
        controls.setPadding(new Insets(6, 8, 6, 8));
        controls.setMinWidth(Region.USE_PREF_SIZE);
        status.setPadding(new Insets(0, 8, 4, 8));
        status.setWrapText(true);
        node.setLeft(controls);
        node.setCenter(chart);
        node.setBottom(status);
        node.setId("training-panel");
        node.setMinHeight(190);
        // an edit by hand, an undo of the run, another document: the next Run starts from the graph as it is
        vm.editsProperty().addListener((o, a, b) -> {
            if (!ownEdit) forget();
        });
        vm.graphProperty().addListener((o, a, b) -> forget());
    }

    /** The panel to dock. */
    public BorderPane node() { return node; }

    /** Whether iterations are running (for tests). */
    public ReadOnlyBooleanProperty runningProperty() { return work.runningProperty(); }

    /** The losses drawn, row 0 first (for tests). */
    public List<TrainingRun.Row> shownRows() { return List.copyOf(shown); }

    /** The status line (for tests). */
    public String status() { return status.getText(); }

    /** Runs {@code count} iterations, or the iterations field's number when negative. */
    void start(int count) {
        int n = count > 0 ? count : (int) whole(iterations.getText());
        double rate = AnswerCheck.parse(lr.getText()), mu = AnswerCheck.parse(momentum.getText());
        if (n < 1 || Double.isNaN(rate) || rate <= 0 || Double.isNaN(mu) || mu < 0 || mu >= 1) {
            status.setText("iterations must be a whole number ≥ 1, lr > 0 and 0 ≤ μ < 1");
            return;
        }
        if (session != null && (session.lr() != rate || session.momentum() != mu || session.broken())) forget();
        if (session == null) {
            try {
                session = new TrainingSession(vm.graph(), rate, mu);
            } catch (TrainingRun.Stopped s) {
                status.setText("Cannot train: " + s.getMessage());
                return;
            } catch (RuntimeException e) {
                status.setText("Cannot train: " + BackgroundWork.describe(e));
                return;
            }
            shown.clear();
            arrived.add(session.last());
            yAxis.setLabel("loss (" + session.output() + ")");
        }
        TrainingSession s = session;
        pauseRequested.set(false);
        status.setText("Training…");
        drain();
        work.start("Training", "Training stopped", progress -> {
            String stop = null;
            for (int k = 0; k < n && !pauseRequested.get(); k++) {
                try {
                    arrived.add(s.step());
                } catch (TrainingRun.Stopped e) {
                    stop = e.getMessage();
                    break;
                }
                progress.report((k + 1) / (double) n, null);
                if (drainPending.compareAndSet(false, true)) Platform.runLater(this::drain);
            }
            return stop;
        }, stop -> finished(s, stop));
    }

    private void finished(TrainingSession s, String stop) {
        drain();
        if (s != session) return;
        commit();
        TrainingRun.Row last = s.last();
        status.setText((stop != null ? "Stopped " + stop + "; kept the run up to iteration " + last.iteration()
                : "Iteration " + last.iteration()) + ": loss " + Numbers.human(last.loss())
                + (committed != null ? "   (Edit ▸ Undo takes the whole run back)" : ""));
    }

    /** The run so far into the editor's graph, replacing the run's previous command: one undo step in all. */
    private void commit() {
        if (session == null || session.iterations() == 0) return;
        ownEdit = true;
        try {
            if (committed != null && vm.history().size() == committedAt && committed.name().equals(vm.history().undoName())) {
                vm.undo();
            }
            committed = session.command();
            vm.execute(committed);
            committedAt = vm.history().size();
        } finally {
            ownEdit = false;
        }
        if (session.broken()) session = null;
    }

    private void forget() {
        if (work.runningProperty().get()) {
            work.cancel();
            status.setText("Training stopped: the graph changed; Run starts again from it");
        } else if (session != null || committed != null) {
            status.setText("The graph changed (an edit, or Undo of the run): Run starts again from it, with a new curve");
        }
        session = null;
        committed = null;
        committedAt = -1;
    }

    /** The rows the worker has made since the last time, onto the chart (on the FX thread). */
    private void drain() {
        drainPending.set(false);
        List<TrainingRun.Row> rows = new ArrayList<>();
        for (TrainingRun.Row r; (r = arrived.poll()) != null; ) rows.add(r);
        if (rows.isEmpty()) return;
        shown.addAll(rows);
        if (log.isSelected()) {
            redraw();
            return;
        }
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (TrainingRun.Row r : rows) points.add(new XYChart.Data<>(r.iteration(), r.loss()));
        series.getData().addAll(points);
    }

    private void redraw() {
        boolean on = log.isSelected();
        LogAxis.apply(yAxis, on);
        chart.setHorizontalZeroLineVisible(!on); // 0 on a log axis is 10⁰, no line of its own
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (TrainingRun.Row r : shown) {
            double y = on ? LogAxis.plotted(r.loss()) : r.loss();
            if (!Double.isFinite(y)) continue;
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
            points.add(new XYChart.Data<>(r.iteration(), y));
        }
        if (on && lo <= hi) LogAxis.range(yAxis, lo, hi);
        series.getData().setAll(points);
    }

    private static double whole(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static TextField field(String id, String text, String tip) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(5);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }
}
