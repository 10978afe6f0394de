package org.spatiallift.engine.perception.depth;

import java.util.Locale;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;

/**
 * The one place that turns a canonical-camera depth into the real camera's metric depth. Models such as Metric3D
 * (Yin et al. 2023, Hu et al. 2024) predict depth for a canonical camera of focal length f_c pixels (1000) at the
 * network's input size; for an image whose horizontal focal length is fx pixels and which was resized from W to
 * W_in pixels wide before inference,
 * <pre>
 *   f_in  = fx · W_in / W
 *   depth = depth_predicted · f_in / f_c
 * </pre>
 * (Metric3D's own example scales by intrinsic[0] / 1000 after resizing the intrinsics with the image). A manifest
 * asks for it with the decoder setting {@code "canonical_focal_px"}; without it the model's output is already
 * metric and the factor is 1.
 *
 * @param focalPx f_c in pixels at the input size, or 0 when the model's output needs no rescaling
 */
public record CanonicalFocal(double focalPx) {

    /** The decoder setting that names the canonical focal length. */
    public static final String DECODER_KEY = "canonical_focal_px";

    public CanonicalFocal {
        if (!(focalPx >= 0) || Double.isInfinite(focalPx)) {
            throw new IllegalArgumentException("the canonical focal length must be a positive number of pixels, got "
                    + focalPx);
        }
    }

    /** The manifest's canonical focal length ({@value #DECODER_KEY}), or none; a bad value names the manifest. */
    public static CanonicalFocal of(ModelManifest m) throws ModelException {
        String v = m.decoder().get(DECODER_KEY);
        if (v == null) {
            return new CanonicalFocal(0);
        }
        double f;
        try {
            f = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            f = Double.NaN;
        }
        if (!(f > 0) || Double.isInfinite(f)) {
            throw new ModelException(null, "model " + m.id() + ": decoder " + DECODER_KEY + " must be a positive number"
                    + " of pixels, the manifest " + m.origin() + " says \"" + v + "\"", "Correct the manifest");
        }
        return new CanonicalFocal(f);
    }

    /** True when the model predicts for a canonical camera and its depth must be rescaled. */
    public boolean applies() {
        return focalPx > 0;
    }

    /**
     * The factor f_in / f_c that turns the predicted depth into metres for a camera of these intrinsics, the image
     * resized to {@code inputWidth} pixels wide before inference; 1 when the model needs no rescaling.
     */
    public double factor(Intrinsics intrinsics, int inputWidth) {
        if (!applies()) {
            return 1;
        }
        if (intrinsics == null) {
            throw new IllegalArgumentException("a canonical-camera depth model needs the image's focal length");
        }
        return intrinsics.fx() * inputWidth / intrinsics.width() / focalPx;
    }

    /** For the provenance: what was done, with the numbers and their units. */
    public String describe(Intrinsics intrinsics, int inputWidth) {
        if (!applies()) {
            return "none: the model's output is metric for any camera";
        }
        double fin = intrinsics.fx() * inputWidth / intrinsics.width();
        return String.format(Locale.ROOT, "depth x %.4f = fx at the input (%.1f px = %.1f px x %d / %d) / canonical"
                + " focal %.0f px; fx from %s", factor(intrinsics, inputWidth), fin, intrinsics.fx(), inputWidth,
                intrinsics.width(), focalPx, intrinsics.source().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
