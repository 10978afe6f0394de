package org.spatiallift.engine.perception.embed;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.model.GraphSpec;
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
 * A CLIP-style image–text model (role image_text_embedding; graphs "vision" and "text"): the image tower takes
 * pixel_values [1, 3, S, S] (shorter side resized, centre-cropped, CLIP-normalised) and gives image_embeds [1, D];
 * the text tower takes token ids [1, L] (+ attention_mask) and gives text_embeds [1, D]. Both are L2-normalised, so
 * cos(image, text) is their dot product. Text goes through CLIP's BPE ({@link ClipTokenizer}) when the manifest lists
 * the model's vocab.json and merges.txt ({@link #embedText}): ids padded to the context length with the attention
 * mask, the tower pooling at EOT. Pre-tokenised ids still work ({@link #embedTokens}). {@link AutoCloseable}, not
 * thread-safe.
 */
public final class ImageTextEmbedder implements AutoCloseable {

    private final OrtGraph vision;
    private final OrtGraph text;
    private final TensorSpec pixels;
    private final ClipTokenizer tokenizer;
    private final ModelManifest manifest;

    private ImageTextEmbedder(ModelManifest manifest, OrtGraph vision, OrtGraph text, ClipTokenizer tokenizer) {
        this.manifest = manifest;
        this.vision = vision;
        this.text = text;
        this.pixels = vision.spec().inputs().get(0);
        this.tokenizer = tokenizer;
    }

    /** The vision tower's provenance (model id, every file's SHA-256, the vision graph's hash, options). */
    public ModelProvenance provenance() {
        return vision.provenance();
    }

    public static ImageTextEmbedder open(LocatedModel model, InferenceOptions options) throws ModelException {
        ModelManifest m = model.manifest();
        if (m.role() != ModelRole.IMAGE_TEXT_EMBEDDING) {
            throw new ModelException(model.graphFile(), "model " + m.id() + " is a " + m.role() + ", not image_text_embedding",
                    "Choose a CLIP-style model (bin/spatiallift models list)");
        }
        GraphSpec v = m.graph("vision");
        GraphSpec t = m.graph("text");
        if (v.inputs().get(0).dim('H') <= 0 || v.inputs().get(0).dim('W') <= 0) {
            throw new ModelException(model.file(v.file()), "model " + m.id() + ": the vision input needs a fixed NCHW size,"
                    + " the manifest says " + v.inputs().get(0), "Give the size in the manifest");
        }
        ClipTokenizer tokenizer = ClipTokenizer.listedIn(m) ? ClipTokenizer.of(model) : null;
        OrtGraph vg = OrtGraph.open(model, v, options);
        try {
            return new ImageTextEmbedder(m, vg, OrtGraph.open(model, t, options), tokenizer);
        } catch (ModelException e) {
            vg.close();
            throw e;
        }
    }

    /** The unit-length image embedding. */
    public Embedding embedImage(ColorImage image) throws ModelException {
        long t0 = System.nanoTime();
        int w = (int) pixels.dim('W');
        int h = (int) pixels.dim('H');
        float[] x = ImageTensors.nchw(image, w, h, pixels.resize(), pixels.normalisation());
        try (OnnxTensor in = OnnxTensor.createTensor(vision.env(), FloatBuffer.wrap(x), new long[] {1, 3, h, w})) {
            long t1 = System.nanoTime();
            try (OrtSession.Result r = vision.run(Map.of(pixels.name(), in))) {
                long t2 = System.nanoTime();
                float[] e = FloatMaps.l2Normalise(vision.floats(r, vision.spec().outputs().get(0).name()));
                return new Embedding(e, PhaseTimings.of(t0, t1, t2, System.nanoTime()), vision.provenance());
            }
        } catch (OrtException e) {
            throw new ModelException(vision.file(), "cannot make the input tensor (" + e.getMessage() + ")", "Report this", e);
        }
    }

    /**
     * The unit-length text embedding of {@code text}: CLIP BPE ids padded to the context length, with the attention
     * mask (1 up to EOT), through the text tower.
     *
     * @throws ModelException when the manifest lists no vocab.json and merges.txt (then only {@link #embedTokens} works)
     */
    public Embedding embedText(String text) throws ModelException {
        long t0 = System.nanoTime();
        if (tokenizer == null) {
            throw new ModelException(this.text.file(), "model " + manifest.id() + " (" + manifest.origin() + ") has no"
                    + " CLIP tokenizer: its manifest lists no vocab.json and merges.txt", "Add CLIP's vocab.json and"
                    + " merges.txt to the manifest's \"files\" and install the model again, or pass token ids");
        }
        ClipTokens tokens = tokenizer.tokenize(text);
        return embed(tokens.idsAsLong(), tokens.maskAsLong(), t0);
    }

    /** The unit-length text embedding of already tokenised ids (CLIP BPE, with start and end tokens), mask all ones. */
    public Embedding embedTokens(long[] ids) throws ModelException {
        long t0 = System.nanoTime();
        if (ids.length == 0) {
            throw new IllegalArgumentException("no token ids");
        }
        long[] ones = new long[ids.length];
        Arrays.fill(ones, 1);
        return embed(ids, ones, t0);
    }

    /** The CLIP tokenizer of this model, when its manifest lists the vocab and merges files. */
    public Optional<ClipTokenizer> tokenizer() {
        return Optional.ofNullable(tokenizer);
    }

    private Embedding embed(long[] ids, long[] mask, long t0) throws ModelException {
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> in = new LinkedHashMap<>();
        try {
            in.put(text.spec().inputs().get(0).name(), OnnxTensor.createTensor(text.env(), LongBuffer.wrap(ids), shape));
            if (text.inputNames().contains("attention_mask")) {
                in.put("attention_mask", OnnxTensor.createTensor(text.env(), LongBuffer.wrap(mask), shape));
            }
            long t1 = System.nanoTime();
            try (OrtSession.Result r = text.run(in)) {
                long t2 = System.nanoTime();
                float[] e = FloatMaps.l2Normalise(text.floats(r, text.spec().outputs().get(0).name()));
                return new Embedding(e, PhaseTimings.of(t0, t1, t2, System.nanoTime()), text.provenance());
            }
        } catch (OrtException e) {
            throw new ModelException(text.file(), "cannot make the input tensors (" + e.getMessage() + ")", "Report this", e);
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        vision.close();
        text.close();
    }
}
