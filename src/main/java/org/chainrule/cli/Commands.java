package org.chainrule.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every command of the command line, by name, in the order usage lists them. */
public final class Commands {
    private static final Map<String, Command> ALL = new LinkedHashMap<>();

    static {
        register(new EvalCommand());
        register(new StepsCommand());
        register(new TrainCommand());
        register(new ImportCommand());
        register(new ExportCommand());
        register(new CheckCommand());
        register(new ExprCommand());
        register(new SymbolicCommand());
        register(new GenerateCommand());
        register(new BenchCommand());
    }

    private Commands() {}

    private static void register(Command c) {
        ALL.put(c.name(), c);
    }

    public static Command get(String name) { return ALL.get(name); }

    public static Iterable<Command> all() { return ALL.values(); }
}
