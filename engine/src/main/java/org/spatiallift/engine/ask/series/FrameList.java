package org.spatiallift.engine.ask.series;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.io.TextFiles;

/**
 * Reads a frames list: one frame per line, in sequence order, as {@code RGB DEPTH} or {@code RGB DEPTH LABELS NAMES}
 * (a label map and its names file for that frame). Fields are separated by tabs when the line holds a tab (so paths
 * may hold spaces), else by spaces. Relative paths are taken from the list file's folder. Blank lines and lines
 * starting with '#' are skipped. A frame is named by its colour path as written.
 */
public final class FrameList {

    private static final String REMEDY = "Write one frame per line: 'color/00000.jpg depth/00000.png', optionally "
            + "followed by a label map and its names file";

    private FrameList() {
    }

    /**
     * The frames of {@code list}, each read with the same depth format and scale (null: by file name), intrinsics
     * (null: EXIF or the default field of view) and image limits (null: the defaults).
     */
    public static List<FrameInput> read(Path list, DepthFormat format, Double depthScale, IntrinsicsSpec intrinsics,
                                        ImageLimits limits) throws InputException {
        List<String> lines = TextFiles.lines(list, "frames list");
        Path dir = list.toAbsolutePath().getParent();
        List<FrameInput> frames = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.indexOf('\t') >= 0 ? line.split("\\t+") : line.split(" +");
            if (f.length != 2 && f.length != 4) {
                throw new InputException(list, "line " + (i + 1) + " has " + f.length + " fields (\"" + line
                        + "\"); a frame has 2 (colour, depth) or 4 (colour, depth, label map, names)", REMEDY);
            }
            Path labels = f.length == 4 ? dir.resolve(f[2].strip()) : null;
            Path names = f.length == 4 ? dir.resolve(f[3].strip()) : null;
            frames.add(new FrameInput(f[0].strip(), new RgbdRequest(dir.resolve(f[0].strip()), dir.resolve(f[1].strip()),
                    format, depthScale, intrinsics, labels, names, limits)));
        }
        if (frames.isEmpty()) {
            throw new InputException(list, "the frames list names no frame", REMEDY);
        }
        return frames;
    }
}
