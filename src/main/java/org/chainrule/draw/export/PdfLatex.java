package org.chainrule.draw.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chainrule.io.GraphFile;
import org.chainrule.io.InputException;

/**
 * Runs pdflatex, when it is on the PATH, on a LaTeX document: in a folder of its own, so the auxiliary
 * files never land beside the user's file, and the PDF written where asked, whole or not at all.
 */
public final class PdfLatex {
    /** How long one run may take. */
    static final long TIMEOUT_SECONDS = 120;

    private PdfLatex() {}

    /** Whether pdflatex is on the PATH. */
    public static boolean available() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "pdflatex"))) return true;
        }
        return false;
    }

    /** The PDF beside a .tex file: {@code sheet.tex} → {@code sheet.pdf}. */
    public static Path pdfOf(Path tex) {
        String name = tex.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".tex") ? name.substring(0, name.length() - 4) : name;
        return tex.resolveSibling(base + ".pdf");
    }

    /**
     * Compiles {@code latex} and writes the PDF to {@code pdf}. A missing pdflatex, a LaTeX error (its
     * first {@code !} line) or a run that does not finish is an {@link InputException} in one line.
     */
    public static void compile(String latex, Path pdf) {
        if (!available()) throw new InputException("pdflatex is not on the PATH (install TeX Live to make PDFs); the .tex file compiles elsewhere");
        Path dir = null;
        try {
            dir = Files.createTempDirectory("chainrule-latex");
            Path tex = dir.resolve("sheet.tex");
            Files.writeString(tex, latex, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "sheet.tex")
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out.txt").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new InputException("pdflatex did not finish in " + TIMEOUT_SECONDS + " s");
            }
            Path out = dir.resolve("sheet.pdf");
            if (p.exitValue() != 0 || !Files.exists(out)) throw new InputException("pdflatex failed: " + firstError(dir.resolve("sheet.log")));
            GraphFile.writeBytes(Files.readAllBytes(out), pdf);
        } catch (IOException e) {
            throw new InputException("cannot run pdflatex: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("pdflatex was interrupted");
        } finally {
            if (dir != null) delete(dir);
        }
    }

    private static String firstError(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream().filter(l -> l.startsWith("!"))
                    .findFirst().orElse("see its log");
        } catch (IOException e) {
            return "no log";
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing for
        }
    }
}
