package org.spatiallift.engine.perception.depth;

import java.nio.FloatBuffer;
import java.util.Map;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.TensorSpec;
import org.spatiallift.engine.perception.runtime.ImageTensors;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.perception.runtime.OrtGraph;
import org.spatiallift.engine.perception.runtime.PhaseTimings;
import org.spatiallift.engine.perception.runtime.FloatMaps;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Runs a monocular depth model (roles metric_depth and relative_depth), e.g. Depth Anything V2: pre-processing
 * resizes the image to the input's H × W (manifest {@code resize}, default stretch) and normalises it into NCHW
 * floats; the output [1, h, w] (or [1, 1, h, w]) is checked for NaN/inf and resized back to the image by
 * bilinear interpolation (half-pixel centres). Metric output is in metres (values ≤ 0 become 0 = no depth);
 * relative output is inverse depth up to scale and shift. {@link AutoCloseable}, not thread-safe.
 */
public final class DepthEstimator implements AutoCloseable {

    private final ModelManifest manifest;
    private final OrtGraph graph;
    private final TensorSpec input;
    private final String output;
    private final int inW;
    private final int inH;
    private final DepthKind kind;

    private DepthEstimator(ModelManifest manifest, OrtGraph graph, int inW, int inH) {
        this.manifest = manifest;
        this.graph = graph;
        this.input = manifest.mainGraph().inputs().get(0);
        this.output = manifest.mainGraph().outputs().get(0).name();
        this.inW = inW;
        this.inH = inH;
        this.kind = manifest.role() == ModelRole.METRIC_DEPTH ? DepthKind.METRIC_METRES : DepthKind.RELATIVE_INVERSE;
    }

    /** Opens a metric or relative depth model. A dynamic input size takes the manifest's decoder "input_size" (518). */
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
        int size = m.decoderInt("input_size", 518);
        int w = in.dim('W') > 0 ? (int) in.dim('W') : size;
        int h = in.dim('H') > 0 ? (int) in.dim('H') : size;
        return new DepthEstimator(m, OrtGraph.open(model, m.mainGraph(), options), w, h);
    }

    /** Depth for {@code image}, at the image's own size. */
    public DepthPrediction predict(ColorImage image) throws ModelException {
        long t0 = System.nanoTime();
        float[] x = ImageTensors.nchw(image, inW, inH, input.resize(), input.normalisation());
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
        int oh = (int) shape[shape.length - 2];
        int ow = (int) shape[shape.length - 1];
        if ((long) ow * oh != raw.length) {
            throw new ModelException(graph.file(), "model " + manifest.id() + ": output \"" + output + "\" has shape "
                    + java.util.Arrays.toString(shape) + ", expected [1, h, w] or [1, 1, h, w]", "Check the manifest's output");
        }
        float[] values = FloatMaps.resizeBilinear(raw, ow, oh, image.width(), image.height());
        if (kind == DepthKind.METRIC_METRES) {
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.max(0f, values[i]);
            }
        }
        long t3 = System.nanoTime();
        return new DepthPrediction(kind, image.width(), image.height(), values, PhaseTimings.of(t0, t1, t2, t3),
                graph.provenance());
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
