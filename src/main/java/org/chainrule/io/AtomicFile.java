package org.chainrule.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file as a whole or not at all: the content goes to a temporary file beside the target, which
 * is then moved into place, so a failure leaves the old file as it was. The new file gets the mode any
 * program would give it: the user's umask for a new file (the temporary file is created with the
 * ordinary default, never owner-only), and the old file's permissions when it replaces one.
 */
public final class AtomicFile {
    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Writes {@code bytes} to {@code file}. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /** Writes what {@code content} produces to {@code file}; a symbolic link is written through. */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target) && Files.exists(target)) target = target.toRealPath();
        if (Files.isDirectory(target)) throw new IOException("is a directory");
        Path dir = target.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = null;
        try {
            OutputStream out = null;
            while (out == null) {
                tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
                try {
                    out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    tmp = null; // another name
                }
            }
            try (OutputStream o = out) {
                content.writeTo(o);
            }
            keepMode(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original error is the one worth reporting
                }
            }
        }
    }

    /** An overwritten file keeps its permissions. */
    private static void keepMode(Path target, Path tmp) throws IOException {
        if (!Files.exists(target) || Files.getFileAttributeView(tmp, PosixFileAttributeView.class) == null) return;
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
    }
}
