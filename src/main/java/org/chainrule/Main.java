package org.chainrule;

import java.lang.reflect.InvocationTargetException;
import org.chainrule.cli.Cli;

/**
 * Program entry: a command runs on the command line; no command, or a file, opens the editor. This
 * class must not extend {@code Application}, so the shaded jar starts JavaFX from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (Cli.isCommand(args) || (args.length > 0 && args[0].startsWith("-"))) {
            System.exit(Cli.main(args));
        }
        openEditor(args);
    }

    private static void openEditor(String[] args) {
        try {
            Class.forName("org.chainrule.ui.ChainruleApp").getMethod("launchWith", String[].class)
                    .invoke(null, (Object) args);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.err.println("chainrule: the editor is not part of this build");
            Cli.usage(System.err);
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
