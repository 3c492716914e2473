package org.chainrule.io;

/**
 * Bad user input of any kind (a graph file, a table, an expression, a key): the message is one line
 * saying what is wrong and where (file, line, column or node), ready to show to a person as it is.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
