package org.chainrule.ui;

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
}
