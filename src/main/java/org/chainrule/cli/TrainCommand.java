package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Trainer;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code train FILE --lr X [--iterations N] [--momentum M] [-o OUT] [--json]}: gradient descent. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Gradient descent on every trainable number: prints (and with -o saves) the new values.")
final class TrainCommand extends CliCommand {
    @Mixin
    GraphArgs graph;

    @Option(names = "--lr", paramLabel = "X", required = true, description = "The learning rate.")
    double lr;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1", description = "How many steps (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--momentum", paramLabel = "M", defaultValue = "0", description = "Momentum (default: ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "-o", paramLabel = "OUT", description = "Saves the trained graph to OUT.")
    String target;

    @Option(names = "--json", description = "Prints {\"before\", \"after\", \"outputs\", \"value\"} as JSON.")
    boolean json;

    @Override
    int run(PrintStream out) {
        finite("--lr", lr);
        finite("--momentum", momentum);
        atLeast("--iterations", iterations, 1);
        Graph g = graph.load();
        Map<String, Double> before = new LinkedHashMap<>();
        for (Quantity q : Quantity.all(g)) if (q.trainable()) before.put(q.key(), q.get());
        Trainer trainer = new Trainer(lr, momentum);
        JsonArray losses = new JsonArray();
        for (int k = 1; k <= iterations; k++) {
            Evaluation ev = Engine.evaluate(g);
            losses.add(ev.value());
            if (!json) out.println("iteration " + k + ": " + ev.outputId() + " = " + Numbers.human(ev.value()));
            trainer.step(g, ev);
        }
        double last = Engine.evaluate(g).value();
        Map<String, Double> after = new LinkedHashMap<>();
        for (Quantity q : Quantity.all(g)) if (q.trainable()) after.put(q.key(), q.get());
        if (json) {
            JsonObject o = new JsonObject();
            o.add("before", JsonOutput.map(before));
            o.add("after", JsonOutput.map(after));
            o.add("outputs", losses);
            o.addProperty("value", last);
            out.println(JsonOutput.toJson(o));
        } else {
            out.println("after " + iterations + " step" + (iterations == 1 ? "" : "s") + ": " + Numbers.human(last));
            int w = before.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (String key : before.keySet()) {
                out.println("  " + key + " ".repeat(w - key.length()) + "  " + Numbers.human(before.get(key))
                        + " -> " + Numbers.human(after.get(key)));
            }
        }
        if (target != null) {
            GraphFile.write(g, Path.of(target));
            if (!json) out.println("saved " + target);
        }
        return 0;
    }

    static List<String> keys(Graph g) {
        return Quantity.all(g).stream().map(Quantity::key).toList();
    }
}
