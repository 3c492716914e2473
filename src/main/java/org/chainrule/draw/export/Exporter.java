package org.chainrule.draw.export;

import java.nio.file.Path;
import java.util.Set;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;

/**
 * One export format: its name, its file extension, which of the {@link DiagramExport.Options} it reads,
 * and how it turns a graph into the file's bytes. The command line's {@code export} and the editor's
 * Export dialog both list the formats of {@link Exporters}, so a format added there is offered in both.
 */
public interface Exporter {
    /** The options a format may or may not read; the annotate mode and unrolling apply to every format. */
    enum Option { SCALE, TRANSPARENT, PICTURE_ONLY }

    /** Short name, e.g. "SVG". */
    String name();

    /** File extension without the dot, e.g. "svg". */
    String extension();

    /** What the format is, for a person choosing one, e.g. "TikZ for LaTeX". */
    String description();

    /** Which of the optional settings this format reads. */
    Set<Option> options();

    /** Whether the result is a drawing (the PNG back end can preview it), rather than text about the structure. */
    boolean drawing();

    /**
     * The file's bytes for {@code graph} (not changed). {@code source} names the graph in errors. Bad
     * input (a graph the engine refuses when annotating, a graph a table cannot hold) throws with one line.
     */
    byte[] bytes(Graph graph, DiagramExport.Options o, String source);

    /** Writes {@link #bytes} to {@code out} atomically, so a failure leaves no half-written file. */
    default void write(Graph graph, DiagramExport.Options o, String source, Path out) {
        GraphFile.writeBytes(bytes(graph, o, source), out);
    }
}
