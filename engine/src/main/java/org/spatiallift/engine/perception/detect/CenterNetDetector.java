package org.spatiallift.engine.perception.detect;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.Sha256;
import org.spatiallift.engine.perception.runtime.OrtEnvironments;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * Runs a CenterNet object detector on ONNX Runtime (CPU). Like DJL's Predictor: it is the only thing that runs the
 * model, it is {@link AutoCloseable} (it owns a native session), it is <b>not thread-safe</b> (use one per worker
 * thread), and it times pre-processing ({@link ImageResizer}: the image fitted to the input size as {@link InputFit}
 * says, RGB 0..255 NHWC floats), inference, and post-processing ({@link CenterNetDecoder} on the output tensors, which
 * the runtime writes in place) separately. Every result carries the model's provenance.
 */
public final class CenterNetDetector implements Detector {

    private static final Logger LOG = LoggerFactory.getLogger(CenterNetDetector.class);

    private final ModelManifest manifest;
    private final DetectorOptions options;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final CenterNetDecoder decoder;
    private final ModelProvenance provenance;
    private final FloatBuffer input;
    private final OnnxTensor inputTensor;
    private final Map<String, OnnxTensor> outputs;
    private final HeatMap map;

    private CenterNetDetector(ModelManifest manifest, DetectorOptions options, OrtEnvironment env, OrtSession session,
            ModelProvenance provenance, List<String> labels) throws OrtException, ModelException {
        this.manifest = manifest;
        this.options = options;
        this.env = env;
        this.session = session;
        this.provenance = provenance;
        this.decoder = new CenterNetDecoder(manifest.stride(), Math.min(options.maxDetections(), manifest.topK()), labels);
        // input and outputs live in direct buffers that the runtime reads and writes in place (no copies per run)
        this.input = direct(manifest.inputShape());
        this.inputTensor = OnnxTensor.createTensor(env, input, manifest.inputShape());
        this.outputs = new LinkedHashMap<>();
        long[] heatShape = outputShape(session, manifest.outputNames().get(0));
        long[] sizeShape = outputShape(session, manifest.outputNames().get(1));
        if (heatShape.length != 4 || sizeShape.length != 4 || heatShape[3] != labels.size() || sizeShape[3] != 4
                || heatShape[1] != sizeShape[1] || heatShape[2] != sizeShape[2]) {
            throw new ModelException(null, "model " + manifest.id() + " has outputs of shapes " + Arrays.toString(heatShape)
                    + " and " + Arrays.toString(sizeShape) + ", expected [1, H, W, " + labels.size() + "] and [1, H, W, 4]",
                    "Check the manifest's outputs and labels");
        }
        FloatBuffer heat = direct(heatShape);
        FloatBuffer sizes = direct(sizeShape);
        outputs.put(manifest.outputNames().get(0), OnnxTensor.createTensor(env, heat, heatShape));
        outputs.put(manifest.outputNames().get(1), OnnxTensor.createTensor(env, sizes, sizeShape));
        this.map = new HeatMap(heat, sizes, (int) heatShape[2], (int) heatShape[1], labels.size());
    }

    private static FloatBuffer direct(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return ByteBuffer.allocateDirect(Math.toIntExact(n * 4)).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    private static long[] outputShape(OrtSession session, String name) throws OrtException, ModelException {
        var info = session.getOutputInfo().get(name);
        if (info == null || !(info.getInfo() instanceof TensorInfo t)) {
            throw new ModelException(null, "model has no tensor output " + name + " (outputs: "
                    + session.getOutputNames() + ")", "Check the manifest's outputs");
        }
        return t.getShape();
    }

    /** Loads the model (converting a TF.js graph to ONNX first) and opens a runtime session. */
    public static CenterNetDetector open(LocatedModel model, DetectorOptions options) throws ModelException {
        ModelManifest m = model.manifest();
        if (!ModelManifest.OBJECT_DETECTOR.equals(m.role()) || m.outputNames().size() != 2 || m.labelsResource() == null) {
            throw new ModelException(model.graphFile(), "model " + m.id() + " is not a CenterNet object detector (role "
                    + m.role() + ", outputs " + m.outputNames() + ")", "Choose an object_detector model");
        }
        long t0 = System.nanoTime();
        byte[] onnx = OnnxBytes.of(model);
        long t1 = System.nanoTime();
        OrtEnvironment env = OrtEnvironments.get();
        Map<String, String> optionsUsed = new LinkedHashMap<>();
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            so.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            optionsUsed.put("execution_provider", "CPU");
            optionsUsed.put("graph_optimization", "ALL_OPT");
            optionsUsed.put("execution_mode", "SEQUENTIAL");
            // ONNX Runtime's own default used one thread on the 2-core development machine (37 ms against 25 ms)
            int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
            so.setIntraOpNumThreads(threads);
            optionsUsed.put("intra_op_threads", Integer.toString(threads));
            OrtSession session = env.createSession(onnx, so);
            ModelProvenance prov = new ModelProvenance(m.id(), model.sha256(), Sha256.of(onnx), "onnxruntime",
                    env.getVersion(), optionsUsed);
            LOG.info("{}: converted in {} ms, session opened in {} ms (onnxruntime {})", m.id(),
                    Math.round((t1 - t0) / 1e6), Math.round((System.nanoTime() - t1) / 1e6), env.getVersion());
            try {
                return new CenterNetDetector(m, options, env, session, prov, Labels.fromResource(m.labelsResource()));
            } catch (OrtException | ModelException | RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (OrtException e) {
            throw new ModelException(model.graphFile(), "ONNX Runtime cannot load the model (" + e.getMessage() + ")",
                    "Fetch the model again; if that does not help, report this with the log", e);
        }
    }

    /**
     * The detections in {@code image}, best first, boxes in the image's own pixels. The image is fitted to the input
     * as the options say ({@link InputFit}: by default stretched, wide frames in tiles); several windows' boxes are
     * merged ({@link TileMerge}).
     */
    @Override
    public Detections detect(ColorImage image) throws DetectionException {
        // decoded down to the shadow threshold: the weaker boxes become the result's shadows
        int inW = manifest.inputWidth(), inH = manifest.inputHeight();
        InputFit fit = options.fit().resolve(image.width(), image.height(), inW, inH);
        List<DetectionWindow> windows = DetectionWindow.layout(fit, image.width(), image.height(), inW, inH);
        double pre = 0, inference = 0, post = 0;
        List<TileMerge.Found> all = new ArrayList<>();
        for (DetectionWindow window : windows) {
            long t0 = System.nanoTime();
            ImageResizer.toTensor(image, window, inW, inH, input);
            long t1 = System.nanoTime();
            run();
            long t2 = System.nanoTime();
            int[] filled = window.filled(inW, inH);
            List<Detection> found = decoder.decode(map, Detections.lowestScore(options.scoreThreshold()),
                    (double) window.width() / filled[0],
                    (double) window.height() / filled[1], window.width(), window.height());
            for (Detection d : found) {
                PixelBox b = d.box();
                all.add(new TileMerge.Found(new Detection(d.label(), d.classId(), d.score(), new PixelBox(
                        b.x0() + window.x(), b.y0() + window.y(), b.x1() + window.x(), b.y1() + window.y())), window));
            }
            long t3 = System.nanoTime();
            pre += (t1 - t0) / 1e6;
            inference += (t2 - t1) / 1e6;
            post += (t3 - t2) / 1e6;
        }
        long t4 = System.nanoTime();
        List<Detection> merged = windows.size() == 1 ? all.stream().map(TileMerge.Found::detection).toList()
                : TileMerge.merge(all, image.width(), image.height(), options.maxDetections());
        post += (System.nanoTime() - t4) / 1e6;
        if (windows.size() > 1) {
            LOG.debug("{}: {} windows ({}), {} boxes merged into {}", manifest.id(), windows.size(), fit, all.size(),
                    merged.size());
        }
        return Detections.split(merged, options.scoreThreshold(), image.width(), image.height(),
                new DetectionTimings(pre, inference, post), provenance);
    }

    /** A copy of the raw head outputs for {@code image} (for tests and tools that check the model itself). */
    public HeatMap heatMap(ColorImage image) throws DetectionException {
        ImageResizer.toTensor(image, manifest.inputWidth(), manifest.inputHeight(), input);
        run();
        return map.copy();
    }

    private void run() throws DetectionException {
        try (OrtSession.Result result = session.run(Map.of(manifest.inputName(), inputTensor), outputs)) {
            LOG.trace("{}: {} outputs written in place", manifest.id(), result.size());
        } catch (OrtException e) {
            throw new DetectionException("ONNX Runtime failed to run " + manifest.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ModelManifest manifest() {
        return manifest;
    }

    @Override
    public ModelProvenance provenance() {
        return provenance;
    }

    @Override
    public void close() {
        inputTensor.close();
        outputs.values().forEach(OnnxTensor::close);
        try {
            session.close();
        } catch (OrtException e) {
            LOG.warn("closing the ONNX Runtime session of {} failed: {}", manifest.id(), e.getMessage());
        }
    }
}
