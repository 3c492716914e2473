package org.chainrule.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.draw.export.GifAnimation;
import org.chainrule.engine.StepCursor;
import org.chainrule.draw.StepDiagram;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;

/**
 * {@code export FILE -o OUT --step K} (the stepper's picture after K steps) and
 * {@code export FILE --frames DIR [--format svg|png|tex]} (one picture per stepper position,
 * {@code step-000.svg} up to the end) and {@code export FILE -o OUT.gif} (every position as one animated
 * GIF, {@link GifAnimation}). The pictures come from {@link StepDiagram}, which the canvas
 * draws too; this class only reads the options and writes the files.
 */
final class StepExport {
    private StepExport() {}

    static int run(Graph g, String file, String target, String frames, String stepText, String frameFormat,
                   DiagramExport.Options o, PrintStream out) {
        if (target != null && frames != null) throw new UsageException("give either -o OUT or --frames DIR, not both");
        if (frames != null && stepText != null) throw new UsageException("--frames writes every step; drop --step");
        if (target != null && isGif(target)) {
            if (stepText != null) throw new UsageException("a .gif holds every step; drop --step");
            StepCursor c = StepDiagram.cursor(g, o.unrolled());
            GraphFile.writeBytes(GifAnimation.steps(c, o.annotate(), o.scale()), Path.of(target));
            out.println("saved " + target + " (" + (c.size() + 1) + " frames: steps 0 to " + c.size() + ")");
            return 0;
        }
        DiagramExport.Format format = frames != null ? frameFormat(frameFormat)
                : DiagramExport.Format.of(target);
        if (format == null) {
            throw new UsageException("--step draws a picture: OUT must end in .svg, .png or .tex, found '" + target + "'");
        }
        StepCursor c = StepDiagram.cursor(g, o.unrolled());
        if (frames == null) {
            int k = step(stepText, file, c.size());
            GraphFile.writeBytes(DiagramExport.step(c, k, format, o), Path.of(target));
            out.println("saved " + target + " (step " + k + " of " + c.size() + ")");
            return 0;
        }
        int digits = Math.max(3, String.valueOf(c.size()).length());
        for (int k = 0; k <= c.size(); k++) {
            Path p = Path.of(frames, String.format("step-%0" + digits + "d.%s", k, format.extension()));
            GraphFile.writeBytes(DiagramExport.step(c, k, format, o), p);
        }
        out.println("saved " + (c.size() + 1) + " pictures (steps 0 to " + c.size() + ") in " + frames);
        return 0;
    }

    /** Whether OUT asks for the animation of every step. */
    static boolean isGif(String target) {
        return target != null && ExportCommand.extension(target).equals("gif");
    }

    private static int step(String text, String file, int steps) {
        int k;
        try {
            k = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--step expects a whole number 0.." + steps + ", found '" + text + "'");
        }
        if (k < 0 || k > steps) {
            throw new UsageException("--step " + k + " is out of range: " + file + " has " + steps
                    + " steps (0 = start, " + steps + " = end)");
        }
        return k;
    }

    private static DiagramExport.Format frameFormat(String name) {
        DiagramExport.Format f = DiagramExport.Format.of("frame." + name);
        if (f == null) throw new UsageException("--format expects svg, png or tex, found '" + name + "'");
        return f;
    }
}
