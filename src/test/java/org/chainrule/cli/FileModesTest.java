package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.chainrule.ShippedGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file the command line writes gets the mode any program would give it: the umask for a new file,
 * the old mode for an overwritten one; a write that fails leaves the old file. Run as real processes,
 * since the umask belongs to the process.
 */
class FileModesTest extends CliCase {
    @TempDir
    Path dir;

    private static String mode(Path f) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
    }

    private static String graph(String name) {
        return ShippedGraphs.path(name).toString();
    }

    private void ok(Proc p) {
        assertEquals(0, p.code(), p.err());
    }

    @Test
    void newFilesFollowTheUmask() throws Exception {
        String dense = graph("in5400-2018-dense.json");
        ok(process(dir, "umask 022", "expr", "y = w*x", "--set", "w=2,x=3", "-o", "expr.json"));
        ok(process(dir, "umask 022", "train", dense, "--lr", "2", "-o", "trained.json"));
        ok(process(dir, "umask 022", "import", graph("in5400-2021-ex8.txt"), "-o", "imported.json"));
        ok(process(dir, "umask 022", "generate", "--nodes", "16", "-o", "generated.json"));
        for (String ext : List.of("svg", "png", "dot")) { // the drawing, the picture and the text writers
            ok(process(dir, "umask 022", "export", dense, "-o", "dense." + ext));
            assertEquals("rw-r--r--", mode(dir.resolve("dense." + ext)), ext);
        }
        for (String f : List.of("expr.json", "trained.json", "imported.json", "generated.json")) {
            assertEquals("rw-r--r--", mode(dir.resolve(f)), f);
        }
        ok(process(dir, "umask 027", "export", dense, "-o", "private.svg"));
        assertEquals("rw-r-----", mode(dir.resolve("private.svg")));
    }

    @Test
    void anOverwrittenFileKeepsItsMode() throws Exception {
        String dense = graph("in5400-2018-dense.json");
        for (String m : List.of("rw-rw-r--", "rw-------")) {
            Path json = Files.writeString(dir.resolve("g.json"), "old");
            Files.setPosixFilePermissions(json, PosixFilePermissions.fromString(m));
            ok(process(dir, "umask 022", "train", dense, "--lr", "2", "-o", "g.json"));
            assertTrue(Files.readString(json).contains("\"format\": \"chainrule\""));
            assertEquals(m, mode(json), "train -o over a " + m + " file");
            Path svg = Files.writeString(dir.resolve("d.svg"), "old");
            Files.setPosixFilePermissions(svg, PosixFilePermissions.fromString(m));
            ok(process(dir, "umask 077", "export", dense, "-o", "d.svg", "--annotate", "both"));
            assertTrue(Files.readString(svg).startsWith("<"));
            assertEquals(m, mode(svg), "export over a " + m + " file");
        }
    }

    @Test
    void aWriteThatFailsLeavesTheOldFile() throws Exception {
        Path old = Files.writeString(dir.resolve("keep.json"), "old");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-r--"));
        // a file size limit of 1 KB: the trained graph (several KB) cannot be written
        Proc p = process(dir, "ulimit -f 1", "train", graph("in5400-2018-dense.json"), "--lr", "2", "-o", "keep.json");
        assertEquals(2, p.code(), p.err());
        assertTrue(p.err().matches("chainrule train: keep\\.json: cannot write: .+\\n"), p.err());
        assertEquals("old", Files.readString(old));
        assertEquals("rw-rw-r--", mode(old));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(old), files.toList(), "no temporary file is left");
        }
    }
}
