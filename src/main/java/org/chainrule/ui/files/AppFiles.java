package org.chainrule.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chainrule.io.AtomicFile;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;

/**
 * The editor's own files in {@code ~/.chainrule} (or the directory named by the system property
 * {@code chainrule.home}, used by the tests): the recent-files list and the recovery file that autosave
 * writes while there are unsaved changes and that a clean exit removes. If the recovery file is there at
 * start, the last session ended without saving (a crash, a kill) and its work is offered back.
 */
public final class AppFiles {
    private static final int MAX_RECENT = 10;
    /** More than ten paths could ever need: the rest of a corrupt list is not read. */
    private static final int MAX_RECENT_BYTES = 64 * 1024;
    private static final int MAX_PATH_CHARS = 4096;
    private final Path home;

    public AppFiles(Path home) { this.home = home; }

    public static AppFiles standard() {
        String dir = System.getProperty("chainrule.home");
        return new AppFiles(dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".chainrule"));
    }

    public Path home() { return home; }

    private Path recovery() { return home.resolve("recovery.json"); }

    private Path recoveredFrom() { return home.resolve("recovery.path"); }

    private Path recent() { return home.resolve("recent.txt"); }

    /** Writes the unsaved graph (and the file it belongs to, if any) atomically to the recovery file. */
    public void autosave(Graph g, Path file) {
        try {
            Files.createDirectories(home);
            GraphFile.write(g, recovery());
            AtomicFile.write(recoveredFrom(), (file == null ? "" : file.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A graph left by a session that did not end cleanly, with the file it came from (may be null). */
    public record Recovered(Graph graph, Path file) {}

    public Optional<Recovered> pendingRecovery() {
        if (!Files.isRegularFile(recovery())) return Optional.empty();
        Graph g = GraphFile.read(recovery());
        Path from = null;
        try {
            String s = Files.isRegularFile(recoveredFrom()) ? Files.readString(recoveredFrom()).trim() : "";
            if (!s.isEmpty()) from = Path.of(s);
        } catch (IOException ignored) {
            // the graph is what matters; without its path it opens as a new document
        }
        return Optional.of(new Recovered(g, from));
    }

    /** Removes the recovery file (after a save, a clean exit, or once it was offered). */
    public void clearRecovery() {
        try {
            Files.deleteIfExists(recovery());
            Files.deleteIfExists(recoveredFrom());
        } catch (IOException ignored) {
            // a stale recovery file is only offered once more
        }
    }

    /**
     * Recently opened or saved files, newest first, only those that still exist. The list is the
     * program's own file, but whatever is in it (binary junk, endless lines, paths that are not paths, a
     * directory in its place) only costs entries, never the File menu.
     */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(recent())) return out;
        byte[] head;
        try (InputStream in = Files.newInputStream(recent())) {
            head = in.readNBytes(MAX_RECENT_BYTES);
        } catch (IOException ignored) {
            return out; // no recent list is not worth an error
        }
        for (String line : new String(head, StandardCharsets.UTF_8).split("\\R")) {
            if (out.size() == MAX_RECENT) break;
            Path p = pathOrNull(line.strip());
            if (p != null && !out.contains(p) && Files.isRegularFile(p)) out.add(p);
        }
        return out;
    }

    /** An absolute path the line names, or null for anything else (junk, relative, too long). */
    private static Path pathOrNull(String line) {
        if (line.isEmpty() || line.length() > MAX_PATH_CHARS || line.indexOf('\uFFFD') >= 0) return null;
        try {
            Path p = Path.of(line);
            return p.isAbsolute() ? p.normalize() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public void addRecent(Path file) {
        List<Path> list = recentFiles();
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > MAX_RECENT) list.remove(list.size() - 1);
        try {
            Files.createDirectories(home);
            String text = String.join("\n", list.stream().map(Path::toString).toList()) + "\n";
            AtomicFile.write(recent(), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // same as above
        }
    }
}
