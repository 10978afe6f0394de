package org.spatiallift.cli;

import org.spatiallift.engine.io.DepthEncoding;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.LiftParameters;

import picocli.CommandLine.Option;

/** Lift parameters on the command line, with {@code --seed} for RANSAC; defaults from {@link LiftParameters#defaults()}. */
final class LiftOptions extends LiftCoreOptions {

    @Option(names = "--seed", paramLabel = "N", description = "RANSAC seed (default 42).")
    Long seed;

    LiftParameters toParameters() throws InputException {
        return toParameters(seed);
    }

    /** The parameters for an input read as {@code encoding} (without --max-depth: its format's depth cut). */
    LiftParameters toParameters(DepthEncoding encoding) throws InputException {
        return toParameters(seed, encoding);
    }
}
