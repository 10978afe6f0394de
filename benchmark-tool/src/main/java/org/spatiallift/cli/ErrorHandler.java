package org.spatiallift.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.OutputException;
import org.spatiallift.engine.io.TerminalText;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * One clear line on stderr per error: bad input and outputs that cannot be written (a full disk) exit 1, anything
 * unexpected exits 3 with the details in the log.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        if (ex instanceof InputException || ex instanceof OutputException || ex instanceof IllegalArgumentException) {
            cmd.getErr().println("spatiallift: " + TerminalText.escape(ex.getMessage()));
            return Main.EXIT_BAD_INPUT;
        }
        LOG.error("unexpected failure", ex);
        cmd.getErr().println("spatiallift: internal error: " + TerminalText.escape(String.valueOf(ex))
                + ". This is a bug: please report it with the command line and the log above");
        return Main.EXIT_INTERNAL;
    }
}
