package org.chainrule.io;

/** Bad user input (file, table, expression, key); the message is one line naming where. */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
