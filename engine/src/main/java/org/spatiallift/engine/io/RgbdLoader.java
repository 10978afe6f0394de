package org.spatiallift.engine.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.annotation.Annotations;
import org.spatiallift.engine.camera.IntrinsicsSource;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.validate.GroundTruthReader;

/**
 * Loads the inputs of a lift: checks every file exists and every value is valid before decoding anything, and that
 * the frame fits in memory ({@link FrameMemory}, from the colour image's header), then decodes colour (upright by EXIF), depth and labels, checks they are the same size and resolves intrinsics.
 * Without a depth file, depth comes from a {@link DepthProvider} (a depth model), or the load fails.
 */
public final class RgbdLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RgbdLoader.class);

    /** The lift's warning when depth came from a depth model. */
    public static final String ESTIMATED_DEPTH = "depth estimated from the photo by a depth model, not measured: "
            + "distances and sizes are estimates";

    /** The lift's warning when estimated depth rests on a default field of view. */
    public static final String ESTIMATED_DEPTH_ASSUMED_FOCAL = "depth estimated with an assumed focal length (default "
            + "field of view), which a canonical-camera model such as Metric3D scales its depth by: sizes and distances "
            + "may be off by tens of percent; give the camera's intrinsics fx,fy,cx,cy (command line: --intrinsics; app: the "
            + "Intrinsics field of File › Open)";

    private RgbdLoader() {
    }

    /** Loads a request that has a depth file (else fails asking for one). */
    public static LoadedInput load(RgbdRequest request) throws InputException {
        return load(request, DepthProvider.NONE);
    }

    /** Loads a request; when it has no depth file, {@code depthProvider} gives metric depth for the decoded image. */
    public static LoadedInput load(RgbdRequest request, DepthProvider depthProvider) throws InputException {
        DepthReader.requireValidScale(request.depthScale());
        if (request.names() != null && request.labels() == null) {
            throw InputException.forValue("--names", "names were given (" + request.names() + ") without a label map",
                    "Give the label map with --labels, or leave out --names");
        }
        FileChecks.requireReadableFile(request.image(), "colour image");
        if (request.depth() != null) {
            FileChecks.requireReadableFile(request.depth(), "depth file");
        }
        if (request.labels() != null) {
            FileChecks.requireReadableFile(request.labels(), "label map");
        }
        if (request.names() != null) {
            FileChecks.requireReadableFile(request.names(), "names file");
        }
        if (request.objects() != null) {
            FileChecks.requireReadableFile(request.objects(), "annotated objects file");
        }
        DepthEncoding encoding = request.depth() == null ? null
                : DepthFormatRule.resolve(request.depth(), request.format(), request.depthScale());

        ImageSize size = ColorImageReader.size(request.image(), request.limits());
        FrameMemory.require(request.image(), size.width(), size.height(), request.labels() != null);
        DecodedColor decoded = ColorImageReader.read(request.image(), request.limits());
        ColorImage color = decoded.image();
        List<String> warnings = new ArrayList<>();
        ResolvedIntrinsics intrinsics = IntrinsicsResolver.resolve(request.intrinsics(), decoded.exif(),
                color.width(), color.height(), request.image());
        warnings.addAll(intrinsics.warnings());
        DepthImage depth;
        if (request.depth() != null) {
            depth = DepthReader.read(request.depth(), encoding.format(), encoding.scale(), request.limits());
            requireSameSize(request.depth(), "depth image", depth.width(), depth.height(), request.image(), decoded,
                    "Give a depth file of the same size as the image");
        } else {
            depth = depthProvider.depthFor(color, intrinsics.intrinsics(), request.image());
            if (depth.width() != color.width() || depth.height() != color.height()) {
                throw new IllegalStateException("the depth provider returned " + depth.width() + "x" + depth.height()
                        + " for a " + color.width() + "x" + color.height() + " image");
            }
            warnings.add(ESTIMATED_DEPTH);
            if (intrinsics.intrinsics().source() == IntrinsicsSource.DEFAULT_FOV) {
                warnings.add(ESTIMATED_DEPTH_ASSUMED_FOCAL);
            }
        }

        ObjectLabels labels = null;
        if (request.labels() != null) {
            labels = LabelMapReader.read(request.labels(), request.names(), request.limits());
            requireSameSize(request.labels(), "label map", labels.labels().width(), labels.labels().height(),
                    request.image(), decoded, "Give a label map of the same size as the image");
        }

        Annotations annotations = request.objects() == null ? null : GroundTruthReader.readObjects(request.objects());

        LOG.info("loaded {} + {} ({}x{}, depth {}, intrinsics {})", request.image(), request.depth(), color.width(),
                color.height(), encoding == null ? "from a depth model" : encoding.summary(), intrinsics.intrinsics().source());
        LiftInput input = new LiftInput(color, depth, intrinsics.intrinsics(), labels, request.image(), request.depth(),
                annotations);
        return new LoadedInput(input, warnings, encoding);
    }

    private static void requireSameSize(Path file, String what, int w, int h, Path image, DecodedColor decoded,
                                        String remedy) throws InputException {
        ColorImage color = decoded.image();
        if (w == color.width() && h == color.height()) {
            return;
        }
        String problem = what + " is " + w + "x" + h + " but the colour image " + image + " is "
                + color.width() + "x" + color.height();
        if (decoded.exif().swapsAxes() && w == color.height() && h == color.width()) {
            problem += " after turning it upright by its EXIF orientation " + decoded.exif().orientation();
            remedy += " (rotate it to match the upright image)";
        }
        throw new InputException(file, problem, remedy);
    }
}
