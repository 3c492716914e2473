package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.StepDiagram;
import org.chainrule.draw.StepNotes;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.engine.StepCursor;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --step K} and {@code export --frames DIR}: the stepper's pictures on the command line. */
class StepExportCommandTest extends CliCase {
    @TempDir Path dir;

    /** A shipped graph's path as the command line takes it. */
    static String shipped(String name) { return org.chainrule.ShippedGraphs.path(name).toString(); }

    @Test
    void stepKIsThePictureOfTheStepperAfterKSteps() throws Exception {
        String file = shipped("tum-p6b-skip.json");
        StepCursor c = StepDiagram.cursor(GraphFile.read(Path.of(file)), false);
        DiagramExport.Options both = new DiagramExport.Options(AnnotateMode.BOTH, 1, false, false, false);
        for (int k : new int[] {0, c.forwardCount(), c.size()}) {
            Path svg = dir.resolve("p6b-" + k + ".svg");
            assertEquals(0, run("export", file, "-o", svg.toString(), "--step", String.valueOf(k)), stderr());
            assertEquals("saved " + svg + " (step " + k + " of " + c.size() + ")\n", stdout());
            assertArrayEquals(DiagramExport.step(c, k, DiagramExport.Format.SVG, both), Files.readAllBytes(svg));
        }
        // at the end: x's gradient as the stepper writes it, the sum over the skip connection and the product
        String end = Files.readString(dir.resolve("p6b-" + c.size() + ".svg"));
        var x = c.stateAt(c.size()).grads().get(c.graph().node("x"));
        String sum = StepNotes.sumText(x.terms(), x.total());
        assertTrue(x.isSum() && end.contains(">" + sum + "<"), sum);
        assertFalse(Files.readString(dir.resolve("p6b-0.svg")).contains(sum), "nothing is computed at the start");
    }

    @Test
    void aStepOutOfRangeIsOneLineAndExitTwo() throws Exception {
        String file = shipped("tum-p6b-skip.json");
        int steps = StepDiagram.cursor(GraphFile.read(Path.of(file)), false).size();
        for (String k : new String[] {String.valueOf(steps + 1), "-1", "two"}) {
            assertEquals(2, run("export", file, "-o", dir.resolve("x.svg").toString(), "--step", k));
            assertEquals(1, stderr().strip().lines().count(), stderr());
            assertTrue(stderr().contains("--step"), stderr());
            assertFalse(Files.exists(dir.resolve("x.svg")));
        }
        assertEquals(2, run("export", file, "-o", dir.resolve("x.svg").toString(), "--step", String.valueOf(steps + 1)));
        assertTrue(stderr().contains(steps + " steps"), stderr());
        assertEquals(2, run("export", file, "-o", dir.resolve("x.dot").toString(), "--step", "1"));
        assertEquals(1, stderr().strip().lines().count(), stderr());
    }

    @Test
    void framesWriteOnePicturePerStepperPosition() throws Exception {
        String file = shipped("tum-p10b-rnn-ops.json");
        Graph g = GraphFile.read(Path.of(file));
        StepCursor c = StepDiagram.cursor(g, true);
        Path frames = dir.resolve("frames");
        assertEquals(0, run("export", file, "--frames", frames.toString(), "--unrolled", "--annotate", "grads"), stderr());
        List<Path> files;
        try (Stream<Path> s = Files.list(frames)) {
            files = s.sorted().toList();
        }
        assertEquals(c.size() + 1, files.size());
        DiagramExport.Options grads = new DiagramExport.Options(AnnotateMode.GRADS, 1, false, true, false);
        for (int k = 0; k <= c.size(); k++) {
            assertEquals(String.format("step-%03d.svg", k), files.get(k).getFileName().toString());
            assertArrayEquals(DiagramExport.step(c, k, DiagramExport.Format.SVG, grads), Files.readAllBytes(files.get(k)), "frame " + k);
        }
        assertEquals(0, run("export", file, "--frames", dir.resolve("png").toString(), "--format", "png"), stderr());
        try (Stream<Path> s = Files.list(dir.resolve("png"))) {
            assertEquals(StepDiagram.cursor(g, false).size() + 1, s.filter(p -> p.toString().endsWith(".png")).count());
        }
    }
}
