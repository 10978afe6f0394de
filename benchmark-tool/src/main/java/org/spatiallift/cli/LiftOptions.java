package org.spatiallift.cli;

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
}
