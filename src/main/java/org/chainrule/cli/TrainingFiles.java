package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.draw.chart.ChartExport;
import org.chainrule.draw.chart.Charts;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.engine.TrainingRun;
import org.chainrule.io.Csv;
import org.chainrule.io.GraphFile;
import org.chainrule.io.InputException;
import org.chainrule.model.Graph;

/**
 * What {@code train} writes besides the graph: {@code --history OUT.csv}, one row per iteration from 0
 * ({@code iteration,loss,KEY,...}), and {@code --plot OUT.svg|.png}, the loss curve; with momentum the
 * curve of plain gradient descent at the same learning rate is drawn beside it, which is the picture
 * of why momentum helps. The names are checked before training starts.
 */
final class TrainingFiles {
    private final String history;
    private final String plot;
    private final DiagramExport.Format plotFormat;

    TrainingFiles(String history, String plot) {
        this.history = history;
        this.plot = plot;
        if (history != null && !history.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            throw new UsageException("--history writes a table: OUT must end in .csv, found '" + history + "'");
        }
        plotFormat = plot == null ? null : ChartExport.format(plot);
        if (plot != null && plotFormat == null) {
            throw new UsageException("--plot draws a picture: OUT must end in .svg or .png, found '" + plot + "'");
        }
    }

    /** {@code iterations} updates of {@code g}; a number that stops being finite is bad input naming when. */
    static TrainingRun train(Graph g, double lr, double momentum, int iterations, String file) {
        try {
            TrainingRun run = new TrainingRun(g, lr, momentum);
            for (int k = 0; k < iterations; k++) run.step();
            return run;
        } catch (TrainingRun.Stopped s) {
            throw new InputException(file + ": " + s.getMessage() + "; training stopped, nothing saved");
        }
    }

    /** The table of a run: {@code iteration,loss,KEY,...}. */
    static String csv(TrainingRun run) {
        List<String> header = new ArrayList<>(List.of("iteration", "loss"));
        header.addAll(run.columns());
        Csv csv = new Csv(header);
        for (TrainingRun.Row r : run.rows()) {
            List<Number> cells = new ArrayList<>(List.of(r.iteration(), r.loss()));
            cells.addAll(r.values());
            csv.row(cells);
        }
        return csv.toString();
    }

    /** Writes the files asked for; {@code start} is the graph before training (for the comparison run). */
    void write(TrainingRun run, Graph start, double lr, double momentum, String file, PrintStream out) {
        if (history != null) {
            GraphFile.writeText(csv(run), Path.of(history));
            if (out != null) out.println("saved " + history + " (" + run.rows().size() + " rows)");
        }
        if (plot == null) return;
        List<Charts.Run> runs = new ArrayList<>();
        String name = "lr " + lr + (momentum != 0 ? ", momentum " + momentum : "");
        runs.add(new Charts.Run(name, run.rows()));
        if (momentum != 0) runs.add(new Charts.Run("lr " + lr + ", no momentum", plain(start, lr, run.iterations())));
        String title = (start.name() != null ? start.name() : Path.of(file).getFileName().toString());
        GraphFile.writeBytes(ChartExport.bytes(Charts.loss(title, run.current().outputId(), runs), plotFormat), Path.of(plot));
        if (out != null) out.println("saved " + plot);
    }

    /** The same number of plain gradient-descent steps, as far as the numbers stay finite. */
    private static List<TrainingRun.Row> plain(Graph start, double lr, int iterations) {
        TrainingRun r;
        try {
            r = new TrainingRun(start, lr, 0);
        } catch (TrainingRun.Stopped s) {
            return List.of();
        }
        try {
            for (int k = 0; k < iterations; k++) r.step();
        } catch (TrainingRun.Stopped s) {
            // drawn up to where it broke
        }
        return r.rows();
    }
}
