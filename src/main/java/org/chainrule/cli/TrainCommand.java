package org.chainrule.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainrule.engine.Diagnostic;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Trainer;
import org.chainrule.engine.Validator;
import org.chainrule.io.InputException;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ops.DistinctNumbers;
import org.chainrule.ops.Numbers;

/** {@code train FILE --lr X [--iterations N] [--momentum M] [-o OUT] [--json]}: gradient descent. */
public final class TrainCommand implements Command {
    public String name() { return "train"; }

    public String usage() {
        return "train FILE --lr X [--iterations N] [--momentum M] [-o OUT] [--json]   gradient descent";
    }

    public int run(String[] argv, PrintStream out) {
        Args a = Args.parse(name(), argv, 1, Set.of("--lr", "--iterations", "--momentum", "-o", "--set"), Set.of("--json"));
        String file = a.single("FILE");
        if (a.option("--lr") == null) throw new UsageException("train: --lr is required");
        double lr = a.number("--lr", 0);
        double momentum = a.number("--momentum", 0);
        int iterations = a.integer("--iterations", 1, 1);
        Graph g = GraphInput.load(file);
        GraphInput.applySets(g, a.option("--set"), file);
        Map<String, Double> before = new LinkedHashMap<>();
        for (Quantity q : Quantity.all(g)) if (q.trainable()) before.put(q.key(), q.get());
        Trainer trainer = new Trainer(lr, momentum);
        JsonArray losses = new JsonArray();
        List<Double> outputs = new ArrayList<>();
        String outputId = null;
        for (int k = 1; k <= iterations; k++) {
            Evaluation ev = Engine.evaluate(g);
            requireFinite(ev, g, file, k);
            outputs.add(ev.value());
            losses.add(ev.value());
            outputId = ev.outputId();
            trainer.step(g, ev);
        }
        Evaluation end = Engine.evaluate(g);
        requireFinite(end, g, file, iterations + 1);
        double last = end.value();
        Map<String, Double> after = new LinkedHashMap<>();
        for (Quantity q : Quantity.all(g)) if (q.trainable()) after.put(q.key(), q.get());
        if (a.flag("--json")) {
            JsonObject o = new JsonObject();
            o.add("before", JsonOutput.map(before));
            o.add("after", JsonOutput.map(after));
            o.add("outputs", losses);
            o.addProperty("value", last);
            out.println(JsonOutput.toJson(o));
        } else {
            List<Double> all = new ArrayList<>(before.values());
            all.addAll(after.values());
            DistinctNumbers numbers = DistinctNumbers.of(all);
            DistinctNumbers losing = DistinctNumbers.of(outputs);
            for (int k = 1; k <= iterations; k++) {
                out.println("iteration " + k + ": " + outputId + " = " + losing.human(outputs.get(k - 1)));
            }
            out.println("after " + iterations + " step" + (iterations == 1 ? "" : "s") + ": " + Numbers.human(last));
            int w = before.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (String key : before.keySet()) {
                out.println("  " + key + " ".repeat(w - key.length()) + "  " + numbers.human(before.get(key))
                        + " -> " + numbers.human(after.get(key)));
            }
        }
        if (a.option("-o") != null) {
            GraphFile.write(g, Path.of(a.option("-o")));
            if (!a.flag("--json")) out.println("saved " + a.option("-o"));
        }
        return 0;
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
