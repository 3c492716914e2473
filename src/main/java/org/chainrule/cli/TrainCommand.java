package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Diagnostic;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Trainer;
import org.chainrule.engine.Validator;
import org.chainrule.io.InputException;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ops.tensor.Tensor;
import org.chainrule.ops.DistinctNumbers;
import org.chainrule.ops.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code train FILE --lr X [--iterations N] [--momentum M] [-o OUT] [--json]}: gradient descent. */
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

    @Mixin
    JsonFlag json;

    @Override
    int run(PrintStream out) {
        finite("--lr", lr);
        finite("--momentum", momentum);
        atLeast("--iterations", iterations, 1);
        Graph g = graph.load();
        Map<String, Tensor> before = trainables(g);
        Trainer trainer = new Trainer(lr, momentum);
        JsonArray losses = new JsonArray();
        List<Double> outputs = new ArrayList<>();
        String outputId = null;
        for (int k = 1; k <= iterations; k++) {
            Evaluation ev = Engine.evaluate(g);
            requireFinite(ev, g, graph.file, k);
            outputs.add(ev.value());
            losses.add(ev.value());
            outputId = ev.outputId();
            trainer.step(g, ev);
        }
        Evaluation end = Engine.evaluate(g);
        requireFinite(end, g, graph.file, iterations + 1);
        double last = end.value();
        Map<String, Tensor> after = trainables(g);
        if (json.on) {
            JsonObject o = new JsonObject();
            o.add("before", JsonOutput.tensors(before));
            o.add("after", JsonOutput.tensors(after));
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

    /**
     * Stops training (one line, exit 2, nothing saved) when the output, a value or the gradient of a
     * trainable quantity is no longer a finite number: a step from there would write NaN parameters.
     */
    private static void requireFinite(Evaluation ev, Graph g, String file, int iteration) {
        String why = null;
        List<Diagnostic> ds = Validator.values(ev);
        if (!ds.isEmpty()) why = ds.get(0).message();
        else {
            for (Quantity q : Quantity.all(g)) {
                double d = ev.grad(q.key());
                if (q.trainable() && !Double.isFinite(d)) {
                    List<Diagnostic> origin = Validator.numbers(ev);
                    why = "the gradient of " + q.key() + " is " + Numbers.human(d)
                            + (origin.isEmpty() ? "" : " (" + origin.get(0).message() + ")");
                    break;
                }
            }
        }
        if (why == null) return;
        String when = iteration == 1 ? "before the first step" : "after " + (iteration - 1) + " step" + (iteration == 2 ? "" : "s");
        throw new InputException(file + ": " + when + ": " + why + "; training stopped, nothing saved");
    }

    static List<String> keys(Graph g) {
        return Quantity.all(g).stream().map(Quantity::key).toList();
    }
}
