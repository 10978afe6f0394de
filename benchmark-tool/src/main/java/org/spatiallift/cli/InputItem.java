package org.spatiallift.cli;

import java.nio.file.Path;
import java.util.Objects;

import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.IntrinsicsSpec;

/**
 * One image of a {@code generate} run and its companion files.
 *
 * @param key        the image's key in the dataset: its path relative to the input folder (or list file), '/'-separated
 * @param image      colour image
 * @param depth      depth file, or null when none was found (depth then comes from a depth model, if one is installed)
 * @param format     depth format, or null to guess it from the depth file's extension
 * @param depthScale depth units per metre, or null for the format's default
 * @param intrinsics intrinsics, or null for EXIF or the default field of view
 * @param labels     instance label map, or null
 * @param names      names of the label ids, or null
 * @param objects    annotated objects (docs/ground-truth-format.md) as the object source, or null
 * @param problem    why the image cannot be used as it is (an unreadable intrinsics file ...), or null
 */
record InputItem(String key, Path image, Path depth, DepthFormat format, Double depthScale, IntrinsicsSpec intrinsics,
                 Path labels, Path names, Path objects, String problem) {

    InputItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(image, "image");
    }
}
