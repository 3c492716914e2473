package org.chainrule;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.chainrule.cli.Cli;

/**
 * Program entry: nothing, or one existing file (a graph file or a table), opens the editor; everything
 * else is the command line, which refuses what it does not know (a typo of a command never opens the
 * editor). This class must not extend {@code Application}, so the shaded jar starts JavaFX from the
 * class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (opensEditor(args)) {
            openEditor(args);
        } else {
            System.exit(Cli.main(args));
        }
    }

    /** No arguments, or exactly one that is an existing file and not a command's name. */
    static boolean opensEditor(String[] args) {
        if (args.length == 0) return true;
        if (args.length > 1 || Cli.isCommand(args)) return false;
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static void openEditor(String[] args) {
        try {
            Class.forName("org.chainrule.ui.ChainruleApp").getMethod("launchWith", String[].class)
                    .invoke(null, (Object) args);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.err.println("chainrule: the editor is not part of this build (try 'chainrule --help')");
            System.exit(Cli.BAD_INPUT);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            System.err.println("chainrule: cannot open the editor: " + (cause == null ? e : cause.getMessage()));
            System.exit(1);
        } catch (IllegalAccessException e) {
            System.err.println("chainrule: cannot open the editor: " + e.getMessage());
            System.exit(1);
        }
    }
}
