package org.chainrule.draw.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.chainrule.ShippedGraphs;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramBuilder;
import org.chainrule.draw.StepDiagram;
import org.chainrule.draw.Theme;
import org.chainrule.draw.export.DiagramExport.Format;
import org.chainrule.draw.export.DiagramExport.Options;
import org.chainrule.engine.StepCursor;
import org.chainrule.io.GraphFile;
import org.chainrule.io.table.TableImport;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.model.Graph;
import org.chainrule.ops.Activation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped graph (and the ex8 table imported as a user would), folded and, when recurrent,
 * unrolled, exported as SVG at every stepper position (a view too big for that at positions spread over
 * it, {@link ShippedGraphs#positions}): read back from the SVG alone, no two texts overlap, no text
 * covers a node it does not belong to, and every text lies inside the viewBox.
 */
class StepperPicturesTest {
    static Stream<Arguments> views() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Path p : ShippedGraphs.files()) {
            Graph g = GraphFile.read(p);
            out.add(Arguments.of(ShippedGraphs.name(p), g, false));
            if (StepDiagram.isRecurrent(g)) out.add(Arguments.of(ShippedGraphs.name(p) + " unrolled", g, true));
        }
        for (String table : new String[] {"in5400-2021-ex8.txt", "in5400-2021-ex8-recurrent.txt"}) {
            Graph g = TableImport.read(ShippedGraphs.path(table), Activation.IDENTITY);
            out.add(Arguments.of(table + " imported", g, false));
            if (StepDiagram.isRecurrent(g)) out.add(Arguments.of(table + " imported, unrolled", g, true));
        }
        return out.stream();
    }

    /** A view's diagram and labels at a stepper position, built once for both checks. */
    private record Frame(int position, Diagram diagram, Annotations notes) {}

    private static final Map<String, List<Frame>> FRAMES = new ConcurrentHashMap<>();

    private static List<Frame> frames(String name, Graph g, boolean unrolled) {
        return FRAMES.computeIfAbsent(name, n -> {
            StepCursor c = StepDiagram.cursor(g, unrolled);
            // a table has no positions: lay it out once, as each diagram would (the same layout every step)
            LayeredLayout.applyToUnplaced(c.graph());
            List<Frame> out = new ArrayList<>();
            for (int k : ShippedGraphs.positions(c)) {
                Annotations notes = StepDiagram.notes(c, k, AnnotateMode.BOTH);
                out.add(new Frame(k, DiagramBuilder.build(c.graph(), notes), notes));
            }
            return out;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void everyStepperPositionIsDrawnWithoutOverlapsOrClipping(String name, Graph g, boolean unrolled) throws Exception {
        Options o = new Options(AnnotateMode.BOTH, 1, false, unrolled, false);
        List<String> problems = new ArrayList<>();
        List<Frame> frames = frames(name, g, unrolled);
        for (int k = 0; k < frames.size(); k++) {
            byte[] bytes = DiagramExport.render(frames.get(k).diagram(), Format.SVG, o, Theme.standard());
            String svg = new String(bytes, StandardCharsets.UTF_8);
            for (String p : SvgGeometry.of(svg).problems()) problems.add("step " + frames.get(k).position() + ": " + p);
        }
        assertTrue(problems.isEmpty(), name + " (" + problems.size() + " problems):\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    /**
     * At every stepper position: each edge's text is clearly nearer its own edge than any other (a student
     * reads the number of the right weight), texts of different nodes and edges keep a visible gap (two
     * labels never read as one), and every key's extra line (a bias's, an init's, a param's summed
     * gradient) is drawn whole, never cut by an ellipsis.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void everyLabelIsNextToItsOwnerAndApartFromOthers(String name, Graph g, boolean unrolled) {
        List<String> problems = new ArrayList<>();
        int crowded = 0;
        List<Frame> frames = frames(name, g, unrolled);
        // beyond the careful drawing's size a text takes the freest place near its edge, not one clearly its own
        boolean careful = frames.get(0).diagram().nodes().size() <= DiagramBuilder.CAREFUL_MAX_NODES;
        for (int k = 0; k < frames.size(); k++) {
            for (String p : LabelLayoutChecks.problems(frames.get(k).diagram(), frames.get(k).notes())) {
                boolean nearer = p.contains(" px from its edge but ");
                if (nearer && !careful) continue;
                if (CROWDED.containsKey(name) && nearer) crowded++;
                else problems.add("step " + frames.get(k).position() + ": " + p);
            }
        }
        assertTrue(problems.isEmpty(), name + " (" + problems.size() + " problems):\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
        int allowed = CROWDED.getOrDefault(name, 0);
        assertTrue(crowded <= allowed, name + ": " + crowded + " edge texts nearer another edge, at most " + allowed + " known");
    }

    /**
     * Views where edges crowd so that some edge texts still sit nearer another edge than their own (by the
     * count of such texts over all positions, as measured when this list was written). Their other checks
     * hold in full; this count may only go down. The views' layouts need more room between those edges.
     */
    private static final Map<String, Integer> CROWDED = Map.of();
}
