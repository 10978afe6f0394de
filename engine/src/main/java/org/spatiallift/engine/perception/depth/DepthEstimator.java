package org.spatiallift.engine.perception.depth;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.io.Advice;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.TensorSpec;
import org.spatiallift.engine.perception.runtime.FloatMaps;
import org.spatiallift.engine.perception.runtime.ImageTensors;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.perception.runtime.OrtGraph;
import org.spatiallift.engine.perception.runtime.PhaseTimings;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Runs a monocular depth model (roles metric_depth and relative_depth), e.g. Depth Anything V2 (Yang et al. 2024).
 * Pre-processing depends on the graph's input height and width:
 * <ul>
 * <li><b>dynamic</b> (−1 in the manifest and in the file): the aspect ratio is kept — the image is resized so both
 * sides are at least the decoder's {@code input_size} (518) and multiples of {@code multiple_of} (14), MiDaS
 * "lower_bound" ({@link ImageTensors#lowerBoundMultiple}; 640 × 480 → 686 × 518), bilinear (the reference uses
 * bicubic);</li>
 * <li><b>fixed</b> (numbers in the manifest, or in the file when the manifest leaves them open): the image is stretched
 * to that size, the aspect ratio not kept, and the result's provenance says so.</li>
 * </ul>
 * Then the manifest's normalisation v = (p·scale − mean_c) / std_c into NCHW floats. The output [1, h, w] (or
 * [1, 1, h, w]) is checked for NaN/inf and resized back to the image by bilinear interpolation (half-pixel centres) —
 * whatever its own size, since it covers the whole field of view. Metric output is in metres (values ≤ 0 become 0 =
 * no depth); a model that predicts for a canonical camera (decoder {@code canonical_focal_px}, e.g. Metric3D) is
 * rescaled by the image's focal length ({@link CanonicalFocal}) and the provenance option "focal_rescale" says by how
 * much; relative output is inverse depth up to scale and shift. The provenance option "preprocess" records the
 * choice and the size fed. {@link AutoCloseable}, not thread-safe.
 */
public final class DepthEstimator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DepthEstimator.class);

    private final ModelManifest manifest;
    private final OrtGraph graph;
    private final TensorSpec input;
    private final String output;
    private final int fixedW;
    private final int fixedH;
    private final int size;
    private final int multiple;
    private final DepthKind kind;
    private final CanonicalFocal canonical;

    private DepthEstimator(ModelManifest manifest, OrtGraph graph, int fixedW, int fixedH, CanonicalFocal canonical) {
        this.manifest = manifest;
        this.graph = graph;
        this.input = manifest.mainGraph().inputs().get(0);
        this.output = manifest.mainGraph().outputs().get(0).name();
        this.fixedW = fixedW;
        this.fixedH = fixedH;
        this.size = manifest.decoderInt("input_size", 518);
        this.multiple = manifest.decoderInt("multiple_of", 14);
        this.kind = manifest.role() == ModelRole.METRIC_DEPTH ? DepthKind.METRIC_METRES : DepthKind.RELATIVE_INVERSE;
        this.canonical = canonical;
    }

    /**
     * Opens a metric or relative depth model. Input height and width come from the manifest, else from the model
     * file; when both leave them open the aspect ratio is kept (decoder "input_size" 518, "multiple_of" 14).
     */
    public static DepthEstimator open(LocatedModel model, InferenceOptions options) throws ModelException {
        ModelManifest m = model.manifest();
        if (m.role() != ModelRole.METRIC_DEPTH && m.role() != ModelRole.RELATIVE_DEPTH) {
            throw new ModelException(model.graphFile(), "model " + m.id() + " is a " + m.role() + ", not a depth model",
                    "Choose a metric_depth or relative_depth model");
        }
        TensorSpec in = m.mainGraph().inputs().get(0);
        if (in.shape().length != 4 || !"NCHW".equals(in.layout())) {
            throw new ModelException(model.graphFile(), "model " + m.id() + ": a depth model needs an NCHW image input,"
                    + " the manifest says " + in, "Correct the manifest's input layout and shape");
        }
        if (m.decoderInt("input_size", 518) <= 0 || m.decoderInt("multiple_of", 14) <= 0) {
            throw new ModelException(model.graphFile(), "model " + m.id() + ": decoder input_size and multiple_of must be"
                    + " positive, the manifest " + m.origin() + " says " + m.decoder(), "Correct the manifest");
        }
        CanonicalFocal canonical;
        try {
            canonical = CanonicalFocal.of(m);
        } catch (ModelException e) {
            throw new ModelException(model.graphFile(), e.problem(), e.remedy());
        }
        OrtGraph graph = OrtGraph.open(model, m.mainGraph(), options);
        long[] file;
        try {
            file = graph.fileInputShape(in.name());
        } catch (ModelException e) {
            graph.close();
            throw e;
        }
        int w = (int) (in.dim('W') > 0 ? in.dim('W') : file != null && file.length == 4 ? file[3] : -1);
        int h = (int) (in.dim('H') > 0 ? in.dim('H') : file != null && file.length == 4 ? file[2] : -1);
        if (w > 0 != h > 0) {
            LOG.warn("{}: only one of input height and width is fixed ({}x{}); keeping the aspect ratio", m.id(), w, h);
            w = -1;
            h = -1;
        }
        return new DepthEstimator(m, graph, w, h, canonical);
    }

    /** True when the input size is fixed (the image is stretched to it). */
    public boolean fixedInputSize() {
        return fixedW > 0;
    }

    /** The (width, height) fed to the model for an image of {@code w} × {@code h} pixels. */
    public int[] inputSize(int w, int h) {
        return fixedInputSize() ? new int[] {fixedW, fixedH} : ImageTensors.lowerBoundMultiple(w, h, size, multiple);
    }

    /** True when the model predicts for a canonical camera, so {@link #predict(ColorImage, Intrinsics)} needs the focal length. */
    public boolean needsFocalLength() {
        return canonical.applies();
    }

    /** Depth for {@code image}, at the image's own size, from a model that needs no focal length. */
    public DepthPrediction predict(ColorImage image) throws ModelException {
        return predict(image, null);
    }

    /**
     * Depth for {@code image}, at the image's own size; {@code intrinsics} (of this image) rescale a canonical-camera
     * model's depth ({@link CanonicalFocal}) and may be null for other models.
     */
    public DepthPrediction predict(ColorImage image, Intrinsics intrinsics) throws ModelException {
        if (canonical.applies() && intrinsics == null) {
            throw new ModelException(graph.file(), "model " + manifest.id() + " predicts depth for a canonical camera"
                    + " and needs the image's focal length to give metres, but none was given",
                    "Pass the image's intrinsics (--intrinsics fx,fy,cx,cy, EXIF or an intrinsics file)")
                    .advise(Advice.GIVE_INTRINSICS);
        }
        if (intrinsics != null && (intrinsics.width() != image.width() || intrinsics.height() != image.height())) {
            throw new IllegalArgumentException("intrinsics are for " + intrinsics.width() + "x" + intrinsics.height()
                    + " but the image is " + image.width() + "x" + image.height());
        }
        long t0 = System.nanoTime();
        int[] wh = inputSize(image.width(), image.height());
        int inW = wh[0];
        int inH = wh[1];
        float[] x = ImageTensors.nchw(image, inW, inH, "stretch", input.normalisation());
        long t1;
        long t2;
        float[] raw;
        long[] shape;
        try (OnnxTensor t = OnnxTensor.createTensor(graph.env(), FloatBuffer.wrap(x), new long[] {1, 3, inH, inW})) {
            t1 = System.nanoTime();
            try (OrtSession.Result r = graph.run(Map.of(input.name(), t))) {
                t2 = System.nanoTime();
                raw = graph.floats(r, output);
                shape = OrtGraph.shape(r, output);
            }
        } catch (OrtException e) {
            throw new ModelException(graph.file(), "cannot make the input tensor (" + e.getMessage() + ")", "Report this", e);
        }
        if (shape.length < 2) {
            throw new ModelException(graph.file(), "model " + manifest.id() + ": output \"" + output + "\" has shape "
                    + Arrays.toString(shape) + ", expected [1, h, w] or [1, 1, h, w]", "Check the manifest's output");
        }
        int oh = (int) shape[shape.length - 2];
        int ow = (int) shape[shape.length - 1];
        if ((long) ow * oh != raw.length) {
            throw new ModelException(graph.file(), "model " + manifest.id() + ": output \"" + output + "\" has shape "
                    + Arrays.toString(shape) + ", expected [1, h, w] or [1, 1, h, w]", "Check the manifest's output");
        }
        float[] values = FloatMaps.resizeBilinear(raw, ow, oh, image.width(), image.height());
        if (kind == DepthKind.METRIC_METRES) {
            float k = (float) canonical.factor(intrinsics, inW);
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.max(0f, values[i] * k);
            }
        }
        long t3 = System.nanoTime();
        ModelProvenance prov = provenance().withOption("preprocess", preprocessing(inW, inH, image));
        if (canonical.applies()) {
            prov = prov.withOption("focal_rescale", canonical.describe(intrinsics, inW));
        }
        return new DepthPrediction(kind, image.width(), image.height(), values, PhaseTimings.of(t0, t1, t2, t3), prov);
    }

    private String preprocessing(int inW, int inH, ColorImage image) {
        if (fixedInputSize()) {
            return String.format(Locale.ROOT, "stretched %dx%d px to %dx%d px: fixed-shape export, aspect ratio not kept",
                    image.width(), image.height(), inW, inH);
        }
        return String.format(Locale.ROOT, "resized %dx%d px to %dx%d px: aspect ratio kept, both sides >= %d and multiples"
                + " of %d (lower bound)", image.width(), image.height(), inW, inH, size, multiple);
    }

    public ModelManifest manifest() {
        return manifest;
    }

    public ModelProvenance provenance() {
        return graph.provenance();
    }

    @Override
    public void close() {
        graph.close();
    }
}
