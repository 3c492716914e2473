package org.chainrule.io;

/**
 * Bad user input (a file, a table, an expression, a key). Its message is one line naming the file,
 * line, column or node where known; the command line prints it and exits 2.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
