package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.TrainingRun;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ops.tensor.Tensor;
import org.chainrule.ops.DistinctNumbers;
import org.chainrule.ops.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code train FILE --lr X [--iterations N] [--momentum M] [-o OUT] [--history OUT.csv] [--plot OUT.svg]
 * [--json]}: gradient descent ({@link TrainingRun}); the history and the loss curve are {@link TrainingFiles}.
 */
@Command(name = "train",
        description = "Gradient descent on every trainable number: prints (and with -o saves) the new values.")
final class TrainCommand extends GraphCommand {

    @Option(names = "--lr", paramLabel = "X", required = true, description = "The learning rate.")
    double lr;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1", description = "How many steps (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--momentum", paramLabel = "M", defaultValue = "0", description = "Momentum (default: ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "-o", paramLabel = "OUT", description = "Saves the trained graph to OUT.")
    String target;

    @Option(names = "--history", paramLabel = "OUT.csv",
            description = "Writes one row per iteration from 0 (before the first update): iteration,loss and every trainable key.")
    String history;

    @Option(names = "--plot", paramLabel = "OUT.svg|.png",
            description = "Draws the loss curve (with --momentum, plain gradient descent beside it).")
    String plot;

    @Mixin
    JsonFlag json;

    @Override
    int run(PrintStream out) {
        finite("--lr", lr);
        finite("--momentum", momentum);
        atLeast("--iterations", iterations, 1);
        TrainingFiles files = new TrainingFiles(history, plot);
        Graph g = graph.load();
        Map<String, Tensor> before = trainables(g);
        Graph start = g.copy();
        TrainingRun run = TrainingFiles.train(g, lr, momentum, iterations, graph.file);
        List<Double> outputs = new ArrayList<>();
        for (TrainingRun.Row r : run.rows().subList(0, iterations)) outputs.add(r.loss());
        String outputId = run.current().outputId();
        double last = run.last().loss();
        Map<String, Tensor> after = trainables(g);
        if (json.on) {
            JsonObject o = new JsonObject();
            o.add("before", JsonOutput.tensors(before));
            o.add("after", JsonOutput.tensors(after));
            JsonArray losses = new JsonArray();
            outputs.forEach(losses::add);
            o.add("outputs", losses);
            o.addProperty("value", last);
            out.println(JsonOutput.toJson(o));
        } else {
            List<Double> all = new ArrayList<>();
            for (Tensor t : before.values()) for (double v : t.data()) all.add(v);
            for (Tensor t : after.values()) for (double v : t.data()) all.add(v);
            DistinctNumbers numbers = DistinctNumbers.of(all);
            DistinctNumbers losing = DistinctNumbers.of(outputs);
            for (int k = 1; k <= iterations; k++) {
                out.println("iteration " + k + ": " + outputId + " = " + losing.human(outputs.get(k - 1)));
            }
            out.println("after " + iterations + " step" + (iterations == 1 ? "" : "s") + ": " + Numbers.human(last));
            int w = before.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (String key : before.keySet()) {
                out.println("  " + key + " ".repeat(w - key.length()) + "  " + human(numbers, before.get(key))
                        + " -> " + human(numbers, after.get(key)));
            }
        }
        files.write(run, start, lr, momentum, graph.file, json.on ? null : out);
        if (target != null) {
            GraphFile.write(g, Path.of(target));
            if (!json.on) out.println("saved " + target);
        }
        return 0;
    }

    /** Every trainable quantity's value, by key (a tensor param as a whole tensor). */
    private static Map<String, Tensor> trainables(Graph g) {
        Map<String, Tensor> m = new LinkedHashMap<>();
        for (Quantity q : Quantity.all(g)) if (q.trainable()) m.put(q.key(), q.tensor());
        return m;
    }

    private static String human(DistinctNumbers numbers, Tensor t) {
        return t.isScalar() ? numbers.human(t.at(0)) : t.format();
    }

    static List<String> keys(Graph g) {
        return Quantity.all(g).stream().map(Quantity::key).toList();
    }
}
