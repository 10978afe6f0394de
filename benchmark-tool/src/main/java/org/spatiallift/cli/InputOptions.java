package org.spatiallift.cli;

import java.nio.file.Path;

import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.RgbdRequest;

import picocli.CommandLine.Option;

/** The input options shared by {@code lift} and {@code bench lift}. */
final class InputOptions {

    @Option(names = "--image", required = true, paramLabel = "RGB", description = "Colour image (JPEG, PNG, BMP, PPM).")
    Path image;

    @Option(names = "--depth", paramLabel = "DEPTH",
            description = "Depth file of the same size (lift: without it, depth comes from an installed metric depth model).")
    Path depth;

    @Option(names = "--depth-format", paramLabel = "FORMAT",
            description = "png16|tum|sun|nyu-raw|kitti|npy|pfm (default: by a TUM_/SUN_/NYU_ file name prefix, else the extension).")
    String depthFormat;

    @Option(names = "--depth-scale", paramLabel = "S", description = "Depth units per metre (png16 default 1000).")
    Double depthScale;

    @Option(names = "--intrinsics", paramLabel = "fx,fy,cx,cy",
            description = "Pinhole intrinsics in pixels (default: EXIF focal length, else a 60° horizontal field of view).")
    String intrinsics;

    @Option(names = "--labels", paramLabel = "PNG", description = "Instance label map (grey PNG, 0 = background).")
    Path labels;

    @Option(names = "--names", paramLabel = "TXT", description = "Names of the label ids (\"id name\" per line).")
    Path names;

    @Option(names = "--objects", paramLabel = "JSON",
            description = "Objects from these annotated 3D boxes (camera frame, docs/ground-truth-format.md): class and "
                    + "extent as annotated, the points inside each box (only those of its instance with --labels), "
                    + "gravity from the file when it gives it. Not with --detect.")
    Path objects;

    @Option(names = "--max-pixels", paramLabel = "N", defaultValue = "100000000",
            description = "Refuse images whose header claims more pixels than this (default ${DEFAULT-VALUE}).")
    long maxPixels;

    RgbdRequest toRequest() throws InputException {
        if ((labels == null) != (names == null) && labels == null) {
            throw InputException.forValue("--names", "given without --labels", "Pass the label map with --labels PNG");
        }
        DepthFormat format = depthFormat == null ? null : DepthFormat.fromCliName(depthFormat);
        IntrinsicsSpec spec = intrinsics == null ? null : IntrinsicsSpec.parse(intrinsics);
        return new RgbdRequest(image, depth, format, depthScale, spec, labels, names, ImageLimits.fromOption("--max-pixels", maxPixels), objects);
    }
}
