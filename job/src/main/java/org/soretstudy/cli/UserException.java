package org.soretstudy.cli;

/** A user error (bad argument, unreadable file): reported as one line, no stack trace, exit code 2. */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) { super(message); }

    public UserException(String message, Throwable cause) { super(message, cause); }
}
