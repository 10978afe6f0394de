package org.spatiallift.cli;

import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.qa.ModelRef;

/**
 * One image loaded for {@code lift} or {@code qa}, with where its depth came from.
 *
 * @param loaded       the decoded input and its warnings
 * @param estimatedBy  the depth model that estimated its depth, or null when it was read from a depth file
 * @param focalRescale how that model's canonical-camera depth was rescaled to the image's focal length, or null
 */
record LoadedDepth(LoadedInput loaded, ModelRef estimatedBy, String focalRescale) {
}
