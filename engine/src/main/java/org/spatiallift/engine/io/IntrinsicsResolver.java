package org.spatiallift.engine.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.camera.IntrinsicsSource;

/**
 * Chooses the pinhole intrinsics of an upright W x H image, first that applies:
 * <ol>
 * <li>given (fx, fy, cx, cy) → {@link IntrinsicsSource#GIVEN}, after checking they are possible;</li>
 * <li>EXIF 35 mm-equivalent focal length f35: fx = fy = f35 / 36 mm · max(W, H) (36 mm is the long side of the
 * 35 mm frame) → {@link IntrinsicsSource#EXIF};</li>
 * <li>EXIF focal length f (mm) and focal-plane resolution r (sensor pixels per mm):
 * fx = fy = f · r · max(W, H) / max(ExifImageWidth, ExifImageHeight) (the last factor undoes resizing, 1 when
 * the EXIF image size is absent) → {@link IntrinsicsSource#EXIF};</li>
 * <li>a {@value #DEFAULT_HORIZONTAL_FOV_DEG}° horizontal field of view, fx = fy = W / (2 · tan(30°)) →
 * {@link IntrinsicsSource#DEFAULT_FOV}, with a warning.</li>
 * </ol>
 * EXIF and default intrinsics put the principal point at the centre, ((W − 1) / 2, (H − 1) / 2).
 */
public final class IntrinsicsResolver {

    /** The horizontal field of view assumed when nothing better is known. */
    public static final double DEFAULT_HORIZONTAL_FOV_DEG = 60.0;

    private static final Logger LOG = LoggerFactory.getLogger(IntrinsicsResolver.class);
    private static final double FILM_35MM_LONG_SIDE_MM = 36.0;

    private IntrinsicsResolver() {
    }

    /**
     * Resolves intrinsics for {@code image} (used in warnings only) of {@code width} x {@code height}.
     *
     * @param given null unless the user gave intrinsics
     * @param exif  the image's EXIF, or {@link ExifInfo#none()}
     */
    public static ResolvedIntrinsics resolve(IntrinsicsSpec given, ExifInfo exif, int width, int height, Path image)
            throws InputException {
        if (given != null) {
            List<String> warnings = new ArrayList<>();
            Intrinsics k = fromGiven(given, width, height, warnings);
            warnings.forEach(w -> LOG.debug("{}", w));
            return new ResolvedIntrinsics(k, List.copyOf(warnings));
        }
        Optional<String> exifProblem = PlausibleRanges.exifFocalProblem(exif);
        Optional<Intrinsics> fromExif = exifProblem.isPresent() ? Optional.empty() : fromExif(exif, width, height);
        if (fromExif.isPresent()) {
            LOG.info("{}: intrinsics from EXIF: fx = fy = {} px", image, fromExif.get().fx());
            return new ResolvedIntrinsics(fromExif.get(), List.of());
        }
        Intrinsics assumed = Intrinsics.fromHorizontalFov(DEFAULT_HORIZONTAL_FOV_DEG, width, height,
                IntrinsicsSource.DEFAULT_FOV);
        String why = exifProblem.isPresent()
                ? "no intrinsics given and the " + exifProblem.get() + " in " + image + ", so it was ignored"
                : exif.focalLengthMm() != null
                ? String.format(Locale.ROOT, "no intrinsics given and no usable EXIF focal length in %s (it gives %.2f mm"
                        + " but no sensor size)", image, exif.focalLengthMm())
                : "no intrinsics given and no EXIF focal length in " + image;
        String warning = why + ": assumed a 60° horizontal field of view; metric sizes may be off. "
                + Advice.GIVE_INTRINSICS.commandLine();
        LOG.debug(warning);
        return new ResolvedIntrinsics(assumed, List.of(warning));
    }

    /**
     * Checks given intrinsics against the image: fx, fy positive and finite; cx in [−0.5, W − 0.5] and cy in
     * [−0.5, H − 0.5], the image's extent with pixel centres at integers.
     */
    public static Intrinsics fromGiven(IntrinsicsSpec s, int width, int height) throws InputException {
        return fromGiven(s, width, height, new ArrayList<>());
    }

    /**
     * As {@link #fromGiven(IntrinsicsSpec, int, int)}, and also refuses focal lengths whose field of view no camera
     * has, adding a warning to {@code warnings} for an unusual one (ranges in {@link PlausibleRanges}).
     */
    static Intrinsics fromGiven(IntrinsicsSpec s, int width, int height, List<String> warnings) throws InputException {
        String where = s.source();
        String remedy = IntrinsicsSpec.OPTION.equals(where)
                ? "Give --intrinsics fx,fy,cx,cy in pixels of the upright image, e.g. 525,525,319.5,239.5 for 640x480"
                : "Write fx,fy,cx,cy in pixels of the upright image there, e.g. 525,525,319.5,239.5 for 640x480";
        if (!(s.fx() > 0) || !(s.fy() > 0) || !Double.isFinite(s.fx()) || !Double.isFinite(s.fy())) {
            throw InputException.forValue(where, "focal lengths must be positive and finite, got fx=" + s.fx()
                    + " fy=" + s.fy(), remedy);
        }
        if (!Double.isFinite(s.cx()) || !Double.isFinite(s.cy())) {
            throw InputException.forValue(where, "the principal point must be finite, got cx=" + s.cx()
                    + " cy=" + s.cy(), remedy);
        }
        PlausibleRanges.checkFocalLength("fx", s.fx(), "horizontal", width, where, remedy).ifPresent(warnings::add);
        PlausibleRanges.checkFocalLength("fy", s.fy(), "vertical", height, where, remedy).ifPresent(warnings::add);
        if (s.cx() < -0.5 || s.cx() > width - 0.5 || s.cy() < -0.5 || s.cy() > height - 0.5) {
            throw InputException.forValue(where, "the principal point (" + s.cx() + ", " + s.cy()
                    + ") is outside the " + width + "x" + height + " image", remedy);
        }
        return new Intrinsics(s.fx(), s.fy(), s.cx(), s.cy(), width, height, IntrinsicsSource.GIVEN);
    }

    /** EXIF intrinsics (35 mm-equivalent first, then focal-plane resolution), or empty. */
    public static Optional<Intrinsics> fromExif(ExifInfo exif, int width, int height) {
        int longSide = Math.max(width, height);
        double f = Double.NaN;
        if (exif.focalLength35mm() != null) {
            f = exif.focalLength35mm() / FILM_35MM_LONG_SIDE_MM * longSide;
        } else if (exif.focalLengthMm() != null && exif.focalPlanePixelsPerMm() != null) {
            double resize = 1.0;
            if (exif.pixelWidth() != null && exif.pixelHeight() != null) {
                resize = (double) longSide / Math.max(exif.pixelWidth(), exif.pixelHeight());
            }
            f = exif.focalLengthMm() * exif.focalPlanePixelsPerMm() * resize;
        }
        if (!(f > 0) || !Double.isFinite(f)) {
            return Optional.empty();
        }
        double fov = PlausibleRanges.fieldOfViewDeg(f, width);
        if (fov < PlausibleRanges.MIN_FOV_DEG || fov > PlausibleRanges.MAX_FOV_DEG) {
            return Optional.empty();
        }
        return Optional.of(new Intrinsics(f, f, (width - 1) / 2.0, (height - 1) / 2.0, width, height, IntrinsicsSource.EXIF));
    }
}
