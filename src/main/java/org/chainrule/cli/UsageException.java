package org.chainrule.cli;

import org.chainrule.io.InputException;

/** The command line itself is wrong (unknown command or option, missing argument). */
public class UsageException extends InputException {
    public UsageException(String message) {
        super(message);
    }
}
