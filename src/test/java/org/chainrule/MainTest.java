package org.chainrule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only nothing, or one existing file, opens the editor; everything else is the command line. */
class MainTest {
    @Test
    void theEditorOpensOnNothingOrAnExistingFile(@TempDir Path dir) throws Exception {
        Path table = Files.writeString(dir.resolve("exam.txt"), "  S A\nS 0 1\n");
        Path named = Files.writeString(dir.resolve("eval"), "{}");
        assertTrue(Main.opensEditor(new String[] {}));
        assertTrue(Main.opensEditor(new String[] {table.toString()}));
        assertFalse(Main.opensEditor(new String[] {"evl"}), "a typo of a command");
        assertFalse(Main.opensEditor(new String[] {"evl", table.toString()}));
        assertFalse(Main.opensEditor(new String[] {dir.resolve("missing.json").toString()}));
        assertFalse(Main.opensEditor(new String[] {dir.toString()}), "a directory");
        assertFalse(Main.opensEditor(new String[] {"--version"}));
        assertFalse(Main.opensEditor(new String[] {"eval"}), "a command, even with a file of that name: " + named);
        assertFalse(Main.opensEditor(new String[] {"bad\0path"}));
    }
}
