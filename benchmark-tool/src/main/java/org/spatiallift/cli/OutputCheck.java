package org.spatiallift.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * The one rule for results on standard output, run after every command (help and version included): when anything
 * written there was lost (a full disk behind {@code > file}, {@code /dev/full}, a closed pipe), the run exits
 * {@value Main#EXIT_BAD_INPUT} (or keeps its own non-zero code) with a message on stderr, never 0 with a truncated
 * result.
 */
final class OutputCheck implements IExecutionStrategy {

    private final IExecutionStrategy delegate;

    OutputCheck(IExecutionStrategy delegate) {
        this.delegate = delegate;
    }

    @Override
    public int execute(ParseResult parsed) {
        int code = delegate.execute(parsed);
        CommandLine cl = parsed.commandSpec().commandLine();
        PrintWriter out = cl.getOut();
        if (!out.checkError()) { // flushes, then reports any error since the start
            return code;
        }
        String cause = out instanceof StdoutWriter w && w.failure() != null && w.failure().getMessage() != null
                ? " (" + w.failure().getMessage() + ")" : "";
        cl.getErr().println("spatiallift: the results could not be written to the standard output" + cause
                + "; the output is incomplete. Free some disk space, redirect the output to another file, or keep the "
                + "reading end of the pipe open");
        cl.getErr().flush();
        return code != 0 ? code : Main.EXIT_BAD_INPUT;
    }
}
