package org.spatiallift.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.FrameMemory;

import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * A command that runs out of memory after all (frames are checked before decoding, {@link FrameMemory}) exits
 * {@value Main#EXIT_BAD_INPUT} with the heap it had and how to give it more, instead of a raw
 * {@link OutOfMemoryError} trace.
 */
final class MemoryGuard implements IExecutionStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryGuard.class);

    private final IExecutionStrategy delegate;

    MemoryGuard(IExecutionStrategy delegate) {
        this.delegate = delegate;
    }

    @Override
    public int execute(ParseResult parsed) {
        try {
            return delegate.execute(parsed);
        } catch (OutOfMemoryError e) {
            LOG.debug("out of memory", e);
            parsed.commandSpec().commandLine().getErr().println("spatiallift: "
                    + FrameMemory.outOfMemory(null, e).getMessage());
            return Main.EXIT_BAD_INPUT;
        }
    }
}
