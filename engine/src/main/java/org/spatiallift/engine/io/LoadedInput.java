package org.spatiallift.engine.io;

import java.util.List;

import org.spatiallift.engine.pipeline.LiftInput;

/**
 * Decoded, checked inputs of a lift and what the user should know about them.
 *
 * @param input    colour, depth, intrinsics and labels, all of one size
 * @param warnings      e.g. that the intrinsics come from a default field of view
 * @param depthEncoding how the depth file was read ({@link DepthFormatRule}), or null when depth came from a model
 */
public record LoadedInput(LiftInput input, List<String> warnings, DepthEncoding depthEncoding) {

    public LoadedInput {
        warnings = List.copyOf(warnings);
    }
}
