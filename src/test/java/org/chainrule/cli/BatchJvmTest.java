package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.chainrule.ShippedGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines go to the tuned JVM, and that its exit code comes back. */
class BatchJvmTest {
    @Test
    void onlyEvalOfABigFileIsWorthASecondJvm(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) StreamedEval.BIG_FILE_BYTES]);
        String small = ShippedGraphs.path("tum-p6b-skip.json").toString();
        assertTrue(BatchJvm.wanted(new String[] {"eval", big.toString(), "--summary"}));
        assertTrue(BatchJvm.wanted(new String[] {"eval", "--json", big.toString()}));
        assertFalse(BatchJvm.wanted(new String[] {"eval", small}));
        assertFalse(BatchJvm.wanted(new String[] {"steps", big.toString()}));
        assertFalse(BatchJvm.wanted(new String[] {"eval", dir.resolve("missing.json").toString()}));
    }

    @Test
    void theSecondJvmRunsTheCommandAndReturnsItsExitCode(@TempDir Path dir) throws Exception {
        String good = ShippedGraphs.path("tum-p6b-skip.json").toString();
        Optional<Integer> ok = BatchJvm.run(new String[] {"check", good});
        assertEquals(Optional.of(0), ok);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"chainrule\", \"version\": 1, \"nodes\": [");
        assertEquals(Optional.of(Cli.BAD_INPUT), BatchJvm.run(new String[] {"eval", broken.toString()}));
    }
}
