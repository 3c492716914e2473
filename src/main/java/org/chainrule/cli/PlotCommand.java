package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.draw.chart.ChartExport;
import org.chainrule.draw.chart.Charts;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.engine.Engine;
import org.chainrule.engine.ThroughTime;
import org.chainrule.io.Csv;
import org.chainrule.io.GraphFile;
import org.chainrule.io.InputException;
import org.chainrule.model.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plot FILE... --through-time ID [--overlay FILE2] -o OUT.csv|.svg|.png}: |∂output/∂ID_t| for
 * t = 1 … T ({@link ThroughTime}) as a table or on a log axis; several graphs (the tanh RNN and the
 * LSTM) on one chart.
 */
@Command(name = "plot",
        description = "Charts a recurrent graph's gradients through time: |d output/d ID_t| for t = 1..T, as a table (.csv)"
                + " or on a log axis (.svg, .png); several files are overlaid.")
final class PlotCommand extends CliCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The graph file; several are drawn on one chart.")
    List<String> files;

    @Option(names = "--through-time", paramLabel = "ID", required = true,
            description = "The node whose gradient at each time step is plotted (e.g. the hidden state h).")
    String id;

    @Option(names = "--overlay", paramLabel = "FILE2", description = "Another graph to draw on the same chart (repeatable).")
    List<String> overlay = new ArrayList<>();

    @Option(names = "-o", paramLabel = "OUT", required = true,
            description = "The file to write: .csv (columns t,grad; one column per file with several), .svg or .png.")
    String target;

    @Override
    int run(PrintStream out) {
        String ext = ExportCommand.extension(target);
        DiagramExport.Format picture = ChartExport.format(target);
        if (!ext.equals("csv") && picture == null) {
            throw new UsageException("-o OUT must end in .csv, .svg or .png, found '" + target + "'");
        }
        List<String> all = new ArrayList<>(files);
        all.addAll(overlay);
        List<ThroughTime.Curve> curves = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String title = null;
        for (String file : all) {
            Graph g = GraphInput.load(file);
            if (!ThroughTime.isRecurrent(g)) {
                throw new InputException(file + ": the graph has no recurrence (no delayed edge): nothing flows back through time");
            }
            if (g.node(id) == null) throw new InputException(file + ": --through-time: no node '" + id + "' in the graph");
            curves.add(ThroughTime.of(Engine.evaluate(g), id));
            names.add(stem(file));
            if (title == null) title = g.name() != null ? g.name() : stem(file);
        }
        if (all.size() > 1) title = "Gradients through time";
        if (picture != null) {
            GraphFile.writeBytes(ChartExport.bytes(Charts.throughTime(title, curves, names), picture), Path.of(target));
        } else {
            GraphFile.writeText(csv(curves, all.size() == 1 ? List.of("grad") : names), Path.of(target));
        }
        out.println("saved " + target);
        return 0;
    }

    /** {@code t,grad} (or one column per graph): a graph with fewer steps leaves its cells empty. */
    static String csv(List<ThroughTime.Curve> curves, List<String> columns) {
        List<String> header = new ArrayList<>(List.of("t"));
        header.addAll(columns);
        Csv csv = new Csv(header);
        int steps = curves.stream().mapToInt(ThroughTime.Curve::timesteps).max().orElse(0);
        for (int t = 1; t <= steps; t++) {
            List<Number> row = new ArrayList<>(List.of(t));
            for (ThroughTime.Curve c : curves) row.add(t <= c.timesteps() ? c.grads()[t - 1] : null);
            csv.row(row);
        }
        return csv.toString();
    }

    /** The file's name without its folder and {@code .json}. */
    private static String stem(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
