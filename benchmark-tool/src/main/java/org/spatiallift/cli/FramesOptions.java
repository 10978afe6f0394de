package org.spatiallift.cli;

import java.nio.file.Path;

import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;

import picocli.CommandLine.Option;

/** {@code ask --frames}: an ordered list of RGB-D frames, how to read them, and where the series goes. */
final class FramesOptions {

    @Option(names = "--frames", required = true, paramLabel = "LIST",
            description = "Frames list: one frame per line, 'RGB DEPTH' or 'RGB DEPTH LABELS NAMES' (paths relative to "
                    + "the list); the question is answered in each frame, its objects tracked from the first.")
    Path list;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for series.csv, series.json, series.png and series.svg (created if needed).")
    Path out;

    @Option(names = "--frames-intrinsics", paramLabel = "fx,fy,cx,cy",
            description = "Pinhole intrinsics of every frame, pixels (default: from EXIF, else a 60° field of view).")
    String intrinsics;

    @Option(names = "--frames-depth-format", paramLabel = "FORMAT",
            description = "Depth format of every frame (default: by file name, as --depth-format).")
    String depthFormat;

    @Option(names = "--frames-depth-scale", paramLabel = "S", description = "Depth units per metre (png16 default 1000).")
    Double depthScale;

    DepthFormat format() throws InputException {
        return depthFormat == null ? null : DepthFormat.fromCliName(depthFormat);
    }

    IntrinsicsSpec intrinsicsSpec() throws InputException {
        return intrinsics == null ? null : IntrinsicsSpec.parse(intrinsics);
    }

    ImageLimits limits() {
        return ImageLimits.defaults();
    }
}
