package org.chainrule.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery file and the recent-files list. */
class AppFilesTest {
    @TempDir
    Path home;

    @Test
    void autosavedWorkIsOfferedUntilCleared() {
        AppFiles files = new AppFiles(home);
        assertTrue(files.pendingRecovery().isEmpty());
        Graph g = new Graph();
        g.setName("lecture");
        g.add("x", Op.INPUT).setValue(3);
        g.add("y", Op.SQUARE);
        g.connect("x", "y");
        Path original = home.resolve("lecture.json");
        files.autosave(g, original);
        AppFiles.Recovered r = files.pendingRecovery().orElseThrow();
        assertEquals(GraphFile.toJson(g), GraphFile.toJson(r.graph()));
        assertEquals(original.toAbsolutePath(), r.file());
        files.clearRecovery();
        assertTrue(files.pendingRecovery().isEmpty());
    }

    @Test
    void recentFilesNewestFirstWithoutDuplicatesOrMissingFiles() throws Exception {
        AppFiles files = new AppFiles(home);
        Path a = Files.writeString(home.resolve("a.json"), "{}");
        Path b = Files.writeString(home.resolve("b.json"), "{}");
        files.addRecent(a);
        files.addRecent(b);
        files.addRecent(a);
        assertEquals(List.of(a.toAbsolutePath(), b.toAbsolutePath()), files.recentFiles());
        Files.delete(b);
        assertEquals(List.of(a.toAbsolutePath()), files.recentFiles());
        assertFalse(files.recentFiles().contains(b.toAbsolutePath()));
    }

    @Test
    void aCorruptRecentListCostsOnlyItsBadEntries() throws Exception {
        AppFiles files = new AppFiles(home);
        Path a = Files.writeString(home.resolve("a.json"), "{}").toAbsolutePath();
        Path recent = home.resolve("recent.txt");
        byte[] junk = new byte[5000];
        new java.util.Random(9).nextBytes(junk);
        Files.write(recent, junk);
        assertTrue(files.recentFiles().stream().allMatch(Files::isRegularFile));
        Files.writeString(recent, "x".repeat(1_000_000) + "\n" + a + "\n");
        assertEquals(List.of(), files.recentFiles(), "a list whose first line is endless is not read on");
        Files.writeString(recent, a + "\n\0\n" + home.resolve("gone.json").toAbsolutePath() + "\nnot/absolute\n" + home + "\n" + a + "\n");
        assertEquals(List.of(a), files.recentFiles(), "only existing files, once each");
        files.addRecent(a);
        assertEquals(List.of(a), files.recentFiles());

        Files.delete(recent);
        Files.createDirectories(recent.resolve("inside"));
        assertEquals(List.of(), files.recentFiles(), "a directory in its place");
        files.addRecent(a); // cannot replace a directory; still no error
        assertTrue(Files.isDirectory(recent));
        assertEquals(List.of(), files.recentFiles());
    }
}
