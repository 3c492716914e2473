package org.chainrule.ui;

import org.chainrule.draw.Annotations;
import org.chainrule.draw.DiagramBuilder;
import org.chainrule.ui.canvas.EditorAnnotations;
import org.chainrule.engine.Engine;
import org.chainrule.model.Graph;

/** Prints how long building the diagram and evaluating take for big graphs (run by hand). */
public final class DiagramSpeedProbe {
    public static void main(String[] args) {
        for (String arg : args.length > 0 ? args : new String[] {"500", "2000"}) {
            int n = Integer.parseInt(arg);
            Graph g = BigGraphs.layered(n, 25, 1);
            for (int rep = 0; rep < 8; rep++) {
                long t0 = System.nanoTime();
                var ev = Engine.evaluate(g);
                long t1 = System.nanoTime();
                var d = DiagramBuilder.build(g, EditorAnnotations.values(g, ev));
                long t2 = System.nanoTime();
                if (rep >= 5) System.out.printf("%d nodes: evaluate %.1f ms, diagram %.1f ms (%d edges)%n", n, (t1 - t0) / 1e6, (t2 - t1) / 1e6, d.edges().size());
            }
        }
    }
}
