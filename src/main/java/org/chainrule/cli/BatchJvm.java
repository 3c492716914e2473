package org.chainrule.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code eval} of a big file in a second JVM tuned for one large batch of work. Streaming a
 * million-node file makes a gigabyte of short-lived strings; the default collector answers by growing
 * the heap, the parallel collector with a small young generation keeps the peak at a third less and
 * runs faster (measured in docs/performance.md). {@code java -jar} cannot carry JVM options, so the
 * program passes them to a copy of itself. Anything that stops the copy from starting falls back to
 * running in this JVM.
 */
final class BatchJvm {
    static final String MARK = "chainrule.batch";
    static final List<String> OPTIONS = List.of("-XX:+UseParallelGC", "-Xmn64m");

    private BatchJvm() {}

    /** Whether these arguments are worth a tuned JVM: {@code eval} of a file the streamed path reads. */
    static boolean wanted(String[] args) {
        if (System.getProperty(MARK) != null || System.getenv("CHAINRULE_NO_BATCH_JVM") != null) return false;
        if (args.length < 2 || !args[0].equals("eval")) return false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-")) continue;
            return StreamedEval.isBig(args[i]);
        }
        return false;
    }

    /** Runs the arguments in the tuned JVM; its exit code, or empty when it could not be started. */
    static Optional<Integer> run(String[] args) {
        // the runtime's own java: the installed app's launcher is no java and its runtime has none
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("java.class.path");
        if (!Files.isExecutable(java) || classPath == null || classPath.isEmpty()) return Optional.empty();
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(OPTIONS);
        cmd.add("-D" + MARK + "=1");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add("org.chainrule.Main");
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return Optional.of(p.waitFor());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Cli.BAD_INPUT);
        }
    }
}
