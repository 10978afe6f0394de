package org.spatiallift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.DepthReader;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;

import picocli.CommandLine.Option;

/** The images of {@code generate} and {@code bench generate}: folders, files or a list file, and their defaults. */
final class GenerateInputs {

    @Option(names = "--input", paramLabel = "DIR|FILE", arity = "1..*",
            description = "Folders (searched recursively) or colour images; depth, labels, names, annotated objects "
                    + "(.json, docs/ground-truth-format.md) and intrinsics are found beside each image by naming rule "
                    + "(color/X.jpg -> depth/X.png, X_color.png -> X_depth.png, rgb.png -> depth.png, color.png -> "
                    + "objects.json, X.jpg -> X_depth.png).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--list", paramLabel = "FILE",
            description = "Lines 'IMAGE DEPTH [labels=PNG] [names=TXT] [objects=JSON] [format=F] [scale=S] "
                    + "[intrinsics=fx,fy,cx,cy]', "
                    + "paths relative to the list file.")
    Path list;

    @Option(names = "--depth-format", paramLabel = "FORMAT", description = "Depth format for all images (default: by a TUM_/SUN_/NYU_ file name prefix, else the extension).")
    String depthFormat;

    @Option(names = "--depth-scale", paramLabel = "S", description = "Depth units per metre for all images.")
    Double depthScale;

    @Option(names = "--intrinsics", paramLabel = "fx,fy,cx,cy", description = "Intrinsics for all images (else X_intrinsics.txt, EXIF or 60° fov).")
    String intrinsics;

    @Option(names = "--max-pixels", paramLabel = "N", defaultValue = "100000000", description = "Refuse larger images.")
    long maxPixels;

    /** The images with their companion files, sorted by key. */
    List<InputItem> discover() throws InputException {
        if (inputs.isEmpty() && list == null) {
            throw InputException.forValue("--input", "no images given", "Give folders or images with --input, or --list FILE");
        }
        ImageLimits.fromOption("--max-pixels", maxPixels);
        DepthReader.requireValidScale(depthScale);
        InputDiscovery.Defaults defaults = new InputDiscovery.Defaults(
                depthFormat == null ? null : DepthFormat.fromCliName(depthFormat), depthScale,
                intrinsics == null ? null : IntrinsicsSpec.parse(intrinsics));
        return InputDiscovery.discover(inputs, list, defaults);
    }

    /** The pixel limit, already checked by {@link #discover()}. */
    ImageLimits limits() {
        return new ImageLimits(maxPixels);
    }
}
