package org.chainrule.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command-line test: runs {@link Cli#run} with standard output and error captured, or the program
 * itself as its own process ({@link #process}), the way a shell starts it.
 */
abstract class CliCase {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs one command line; its exit code. The streams hold only this run's output. */
    int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String stdout() { return out.toString(StandardCharsets.UTF_8); }

    String stderr() { return err.toString(StandardCharsets.UTF_8); }

    /** What a process left: its exit code and its two streams. */
    record Proc(int code, String out, String err) {}

    /**
     * Runs {@code java org.chainrule.Main ARGS} in {@code dir} through {@code sh}, after the shell
     * commands {@code setup} (e.g. {@code umask 022}), with no display, so an editor that opened by
     * mistake would fail loudly instead of showing a window.
     */
    static Proc process(Path dir, String setup, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", setup + "\nexec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "org.chainrule.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().put("CHAINRULE_NO_BATCH_JVM", "1");
        File o = Files.createTempFile("chainrule-out", ".txt").toFile();
        File e = Files.createTempFile("chainrule-err", ".txt").toFile();
        try {
            pb.redirectOutput(o).redirectError(e);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chainrule " + String.join(" ", args) + " did not finish");
            }
            return new Proc(p.exitValue(), Files.readString(o.toPath()), Files.readString(e.toPath()));
        } finally {
            o.delete();
            e.delete();
        }
    }
}
