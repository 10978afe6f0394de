package org.spatiallift.engine.perception.detect;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.embed.ClipTokenizer;
import org.spatiallift.engine.perception.embed.ClipTokens;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.Normalisation;
import org.spatiallift.engine.perception.model.Sha256;
import org.spatiallift.engine.perception.model.TensorSpec;
import org.spatiallift.engine.perception.runtime.OrtEnvironments;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Runs an open-vocabulary OWLv2 detector exported to ONNX (Minderer, Gritsenko and Houlsby 2023; the Transformers.js
 * export: input_ids [Q, L], pixel_values [1, 3, S, S], attention_mask [Q, L] → logits [1, N, Q], pred_boxes [1, N, 4]),
 * prompted with the manifest's label list.
 * <ul>
 *   <li>Text, once when opened: each label as the decoder's "prompt" ("a photo of a {label}") in CLIP's BPE
 *       ({@link ClipTokenizer}) padded to L = "max_length" (16) with "pad_id" (0, the "!" token) after
 *       &lt;|endoftext|&gt;, attention mask 1 up to and including it.</li>
 *   <li>Image: padded to a square of side max(W, H) at the bottom and right with 0.5 grey (as Owlv2ImageProcessor
 *       pads), resized to S×S (bilinear; the content is resized on its own, so the padding stays exactly 0.5), then
 *       (p/255 − mean)/std with the manifest's CLIP mean and std.</li>
 *   <li>Decoding: per patch n, the best query q = argmax logits[n, ·], score = sigmoid(logit); patches with a score
 *       ≥ the threshold give a box (cx ± w/2, cy ± h/2) · max(W, H) in image pixels, clamped to the image (a box wholly
 *       in the padding is dropped); best first, at most min(max detections, "top_k").</li>
 * </ul>
 * The same {@link Detector} contract as the CenterNet runner: one per worker, not thread-safe, timed per phase, the
 * model's provenance on every result. Overlapping boxes of one object are left to the lift's
 * {@link DuplicateSuppression}, as for CenterNet.
 */
public final class OwlV2Detector implements Detector {

    private static final Logger LOG = LoggerFactory.getLogger(OwlV2Detector.class);
    /** Grey of the padding, in 0..255 (Owlv2ImageProcessor pads the rescaled image with 0.5). */
    static final float PAD = 127.5f;

    private final ModelManifest manifest;
    private final DetectorOptions options;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final ModelProvenance provenance;
    private final List<String> labels;
    private final int size;
    private final Normalisation norm;
    private final String pixelName;
    private final OnnxTensor ids;
    private final OnnxTensor mask;
    private final String idsName;
    private final String maskName;

    private OwlV2Detector(ModelManifest manifest, DetectorOptions options, OrtEnvironment env, OrtSession session,
            ModelProvenance provenance, List<String> labels, long[][] tokenIds, long[][] tokenMask, TensorSpec pixels)
            throws OrtException {
        this.manifest = manifest;
        this.options = options;
        this.env = env;
        this.session = session;
        this.provenance = provenance;
        this.labels = List.copyOf(labels);
        this.size = (int) pixels.dim('H');
        this.norm = pixels.normalisation() == null ? Normalisation.none() : pixels.normalisation();
        this.pixelName = pixels.name();
        this.idsName = manifest.decoder().getOrDefault("input_ids", "input_ids");
        this.maskName = manifest.decoder().getOrDefault("attention_mask", "attention_mask");
        this.ids = OnnxTensor.createTensor(env, tokenIds);
        this.mask = OnnxTensor.createTensor(env, tokenMask);
    }

    /** Loads the export, tokenises the label list and opens a runtime session. */
    public static OwlV2Detector open(LocatedModel model, DetectorOptions options) throws ModelException {
        ModelManifest m = model.manifest();
        if (!ModelManifest.OBJECT_DETECTOR.equals(m.role()) || m.labelsResource() == null) {
            throw new ModelException(model.graphFile(), "model " + m.id() + " is not an object detector with a label list"
                    + " (role " + m.role() + ", decoder labels " + m.labelsResource() + ")",
                    "Give the manifest role object_detector and a decoder \"labels\" resource");
        }
        String pixelName = m.decoder().getOrDefault("pixel_values", "pixel_values");
        TensorSpec pixels = m.mainGraph().inputs().stream().filter(t -> t.name().equals(pixelName)).findFirst()
                .orElseThrow(() -> new ModelException(model.graphFile(), "model " + m.id() + " has no input "
                        + pixelName + " in its manifest", "List pixel_values [1, 3, S, S] among the graph's inputs"));
        if (pixels.shape().length != 4 || pixels.dim('H') != pixels.dim('W') || pixels.dim('H') < 1) {
            throw new ModelException(model.graphFile(), "model " + m.id() + ": pixel_values has shape "
                    + Arrays.toString(pixels.shape()) + ", expected a square [1, 3, S, S] with layout NCHW",
                    "Give the exported input size in the manifest");
        }
        List<String> labels = Labels.fromResource(m.labelsResource());
        ClipTokenizer tokenizer = ClipTokenizer.of(model);
        String prompt = m.decoder().getOrDefault("prompt", "a photo of a {label}");
        long pad = m.decoderInt("pad_id", 0);
        long[][] tokenIds = new long[labels.size()][];
        long[][] tokenMask = new long[labels.size()][];
        for (int q = 0; q < labels.size(); q++) {
            ClipTokens t = tokenizer.tokenize(prompt.replace("{label}", labels.get(q)));
            int[] id = t.ids();
            int[] am = t.attentionMask();
            tokenIds[q] = new long[id.length];
            tokenMask[q] = new long[id.length];
            for (int k = 0; k < id.length; k++) {
                tokenIds[q][k] = k > t.eotIndex() ? pad : id[k];
                tokenMask[q][k] = am[k];
            }
            if (t.truncated()) {
                LOG.warn("{}: the prompt for \"{}\" is longer than {} tokens and was cut", m.id(), labels.get(q), id.length);
            }
        }
        byte[] onnx = OnnxBytes.of(model);
        OrtEnvironment env = OrtEnvironments.get();
        Map<String, String> optionsUsed = new LinkedHashMap<>();
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
            so.setIntraOpNumThreads(threads);
            optionsUsed.put("execution_provider", "CPU");
            optionsUsed.put("graph_optimization", "ALL_OPT");
            optionsUsed.put("intra_op_threads", Integer.toString(threads));
            optionsUsed.put("queries", Integer.toString(labels.size()));
            OrtSession session = env.createSession(onnx, so);
            for (String out : List.of("logits", "pred_boxes")) {
                if (!session.getOutputNames().contains(out)) {
                    session.close();
                    throw new ModelException(model.graphFile(), "model " + m.id() + " has no output " + out + " (outputs: "
                            + session.getOutputNames() + ")", "Use the OWLv2 ONNX export with logits and pred_boxes");
                }
            }
            ModelProvenance prov = new ModelProvenance(m.id(), model.sha256(), Sha256.of(onnx), "onnxruntime",
                    env.getVersion(), optionsUsed);
            try {
                return new OwlV2Detector(m, options, env, session, prov, labels, tokenIds, tokenMask, pixels);
            } catch (OrtException | RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (OrtException e) {
            throw new ModelException(model.graphFile(), "ONNX Runtime cannot load the model (" + e.getMessage() + ")",
                    "Install the model again; if that does not help, report this with the log", e);
        }
    }

    @Override
    public Detections detect(ColorImage image) throws DetectionException {
        long t0 = System.nanoTime();
        int side = Math.max(image.width(), image.height());
        float[] pixels = pixelValues(image, size, norm);
        long t1 = System.nanoTime();
        float[][] logits;
        float[][] boxes;
        try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels), new long[] {1, 3, size, size});
                OrtSession.Result r = session.run(Map.of(pixelName, in, idsName, ids, maskName, mask),
                        Set.of("logits", "pred_boxes"))) {
            logits = ((float[][][]) r.get("logits").orElseThrow().getValue())[0];
            boxes = ((float[][][]) r.get("pred_boxes").orElseThrow().getValue())[0];
        } catch (OrtException | RuntimeException e) {
            throw new DetectionException("ONNX Runtime failed to run " + manifest.id() + ": " + e.getMessage(), e);
        }
        long t2 = System.nanoTime();
        List<Detection> found = decode(logits, boxes, labels, Detections.lowestScore(options.scoreThreshold()), side,
                image.width(), image.height(), Math.min(options.maxDetections(), manifest.topK()));
        long t3 = System.nanoTime();
        return Detections.split(found, options.scoreThreshold(), image.width(), image.height(),
                new DetectionTimings((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6), provenance);
    }

    /**
     * The NCHW [1, 3, s, s] input: the image padded at the bottom and right to a square of its longer side with
     * {@value #PAD} grey, resized to s × s, normalised.
     */
    static float[] pixelValues(ColorImage image, int s, Normalisation norm) {
        int side = Math.max(image.width(), image.height());
        // the square's content scaled as the whole square is (s / side), the rest exactly 0.5 grey
        int cw = Math.max(1, Math.min(s, (int) Math.round((double) image.width() * s / side)));
        int ch = Math.max(1, Math.min(s, (int) Math.round((double) image.height() * s / side)));
        float[] content = ImageResizer.toTensor(image, cw, ch);
        float[] out = new float[3 * s * s];
        int plane = s * s;
        for (int v = 0; v < s; v++) {
            for (int u = 0; u < s; u++) {
                int i = v * s + u;
                boolean inside = u < cw && v < ch;
                for (int c = 0; c < 3; c++) {
                    out[c * plane + i] = norm.apply(c, inside ? content[3 * (v * cw + u) + c] : PAD);
                }
            }
        }
        return out;
    }

    /** Boxes from logits [N, Q] and pred_boxes [N, 4] (see the class comment), best first. */
    static List<Detection> decode(float[][] logits, float[][] boxes, List<String> labels, double threshold, int side,
            int width, int height, int max) {
        List<Detection> out = new ArrayList<>();
        for (int n = 0; n < logits.length; n++) {
            int best = 0;
            for (int q = 1; q < logits[n].length; q++) {
                if (logits[n][q] > logits[n][best]) {
                    best = q;
                }
            }
            double score = 1 / (1 + Math.exp(-logits[n][best]));
            if (score < threshold) {
                continue;
            }
            float[] b = boxes[n];
            double x0 = clamp((b[0] - b[2] / 2.0) * side, width), x1 = clamp((b[0] + b[2] / 2.0) * side, width);
            double y0 = clamp((b[1] - b[3] / 2.0) * side, height), y1 = clamp((b[1] + b[3] / 2.0) * side, height);
            if (x1 - x0 < 1 || y1 - y0 < 1) {
                continue;
            }
            out.add(new Detection(labels.get(best), best, score, new PixelBox(x0, y0, x1, y1)));
        }
        out.sort(Comparator.comparingDouble((Detection d) -> -d.score()));
        return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
    }

    private static double clamp(double v, int limit) {
        return Math.max(0, Math.min(limit, v));
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
        ids.close();
        mask.close();
        try {
            session.close();
        } catch (OrtException e) {
            LOG.warn("closing the ONNX Runtime session of {} failed: {}", manifest.id(), e.getMessage());
        }
    }
}
