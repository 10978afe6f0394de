package org.spatiallift.engine.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to load for one lift.
 *
 * @param image       colour image (JPEG, PNG, BMP, PPM/PGM)
 * @param depth       depth file, or null to take depth from a {@link DepthProvider} (a depth model)
 * @param format      depth format, or null to decide it by {@link DepthFormatRule} (dataset prefix, else extension)
 * @param depthScale  depth units per metre, or null for the format's default
 * @param intrinsics  given intrinsics, or null for EXIF or the default field of view
 * @param labels      instance label map PNG, or null
 * @param names       names of the label ids, or null (only with {@code labels})
 * @param limits      image size limits; null means {@link ImageLimits#defaults()}
 * @param objects     annotated objects (docs/ground-truth-format.md, camera frame) as the object source, or null
 */
public record RgbdRequest(Path image, Path depth, DepthFormat format, Double depthScale, IntrinsicsSpec intrinsics,
                          Path labels, Path names, ImageLimits limits, Path objects) {

    public RgbdRequest {
        Objects.requireNonNull(image, "image");
        limits = limits == null ? ImageLimits.defaults() : limits;
    }

    /** Without annotated objects. */
    public RgbdRequest(Path image, Path depth, DepthFormat format, Double depthScale, IntrinsicsSpec intrinsics,
                       Path labels, Path names, ImageLimits limits) {
        this(image, depth, format, depthScale, intrinsics, labels, names, limits, null);
    }

    /** Colour and depth only: format guessed, default scale, EXIF or default intrinsics, no labels. */
    public static RgbdRequest of(Path image, Path depth) {
        return new RgbdRequest(image, depth, null, null, null, null, null, null);
    }

    public RgbdRequest withFormat(DepthFormat f, Double scale) {
        return new RgbdRequest(image, depth, f, scale, intrinsics, labels, names, limits, objects);
    }

    public RgbdRequest withIntrinsics(IntrinsicsSpec spec) {
        return new RgbdRequest(image, depth, format, depthScale, spec, labels, names, limits, objects);
    }

    public RgbdRequest withLabels(Path labelMap, Path labelNames) {
        return new RgbdRequest(image, depth, format, depthScale, intrinsics, labelMap, labelNames, limits, objects);
    }

    /** Objects from the annotated boxes in {@code objectsFile} (null for none). */
    public RgbdRequest withObjects(Path objectsFile) {
        return new RgbdRequest(image, depth, format, depthScale, intrinsics, labels, names, limits, objectsFile);
    }
}
