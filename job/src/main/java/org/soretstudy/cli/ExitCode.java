package org.soretstudy.cli;

/** The exit codes of every command (contract section 3). */
public final class ExitCode {
    public static final int OK = 0;
    /** Anything else: an internal error, a failed Spark job. */
    public static final int ERROR = 1;
    /** Bad input: spec, arguments, an unreadable file. The message names the field, the value and what is allowed. */
    public static final int BAD_INPUT = 2;

    private ExitCode() { }
}
