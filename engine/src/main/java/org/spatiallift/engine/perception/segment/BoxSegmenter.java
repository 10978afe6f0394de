package org.spatiallift.engine.perception.segment;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.detect.PixelBox;
import org.spatiallift.engine.perception.model.GraphSpec;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.runtime.FloatMaps;
import org.spatiallift.engine.perception.runtime.ImageTensors;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.perception.runtime.OrtGraph;
import org.spatiallift.engine.perception.runtime.PhaseTimings;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A box-prompted segmenter in SAM's ONNX form (role box_segmenter; graphs "image_encoder" and "prompt_decoder"),
 * e.g. MobileSAM. The encoder runs once per image on the image resized so its longer side is 1024
 * (s = 1024 / max(W, H)), as HWC RGB 0..255; the decoder runs once per box with the box as two corner points
 * (s·x0, s·y0) label 2 and (s·x1, s·y1) label 3, plus a padding point (0, 0) label −1, no mask input, and
 * orig_im_size (H, W). Its mask logits at the image size become the mask where logit > mask_threshold (0).
 * {@link AutoCloseable}, not thread-safe.
 */
public final class BoxSegmenter implements AutoCloseable {

    private final ModelManifest manifest;
    private final OrtGraph encoder;
    private final OrtGraph decoder;
    private final int size;
    private final double threshold;

    private BoxSegmenter(ModelManifest manifest, OrtGraph encoder, OrtGraph decoder) {
        this.manifest = manifest;
        this.encoder = encoder;
        this.decoder = decoder;
        this.size = manifest.decoderInt("encoder_size", 1024);
        this.threshold = manifest.decoderDouble("mask_threshold", 0.0);
    }

    public static BoxSegmenter open(LocatedModel model, InferenceOptions options) throws ModelException {
        ModelManifest m = model.manifest();
        if (m.role() != ModelRole.BOX_SEGMENTER) {
            throw new ModelException(model.graphFile(), "model " + m.id() + " is a " + m.role() + ", not a box_segmenter",
                    "Choose a box-prompted segmenter (bin/spatiallift models list)");
        }
        GraphSpec enc = m.graph("image_encoder");
        GraphSpec dec = m.graph("prompt_decoder");
        OrtGraph e = OrtGraph.open(model, enc, options);
        try {
            return new BoxSegmenter(m, e, OrtGraph.open(model, dec, options));
        } catch (ModelException ex) {
            e.close();
            throw ex;
        }
    }

    /** One mask per box (boxes in image pixels). */
    public Segmentation segment(ColorImage image, List<PixelBox> boxes) throws ModelException {
        long t0 = System.nanoTime();
        int[] dims = new int[2];
        float[] hwc = ImageTensors.hwcLongestSide(image, size, encoder.spec().inputs().get(0).normalisation(), dims);
        double s = (double) size / Math.max(image.width(), image.height());
        long pre = System.nanoTime() - t0;
        long inference = 0;
        long post = 0;
        List<ObjectMask> masks = new ArrayList<>();
        try {
            long t1 = System.nanoTime();
            float[] emb;
            long[] embShape;
            try (OnnxTensor in = OnnxTensor.createTensor(encoder.env(), FloatBuffer.wrap(hwc), new long[] {dims[0], dims[1], 3});
                    OrtSession.Result r = encoder.run(Map.of(encoder.spec().inputs().get(0).name(), in))) {
                String out = encoder.spec().outputs().get(0).name();
                emb = encoder.floats(r, out);
                embShape = OrtGraph.shape(r, out);
            }
            inference += System.nanoTime() - t1;
            for (PixelBox b : boxes) {
                long t2 = System.nanoTime();
                Map<String, OnnxTensor> in = new LinkedHashMap<>();
                var env = decoder.env();
                in.put("image_embeddings", OnnxTensor.createTensor(env, FloatBuffer.wrap(emb), embShape));
                in.put("point_coords", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {(float) (b.x0() * s),
                        (float) (b.y0() * s), (float) (b.x1() * s), (float) (b.y1() * s), 0, 0}), new long[] {1, 3, 2}));
                in.put("point_labels", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {2, 3, -1}), new long[] {1, 3}));
                in.put("mask_input", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[256 * 256]), new long[] {1, 1, 256, 256}));
                in.put("has_mask_input", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {0}), new long[] {1}));
                in.put("orig_im_size", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {image.height(), image.width()}),
                        new long[] {2}));
                long t3 = System.nanoTime();
                try (OrtSession.Result r = decoder.run(in)) {
                    long t4 = System.nanoTime();
                    float[] logits = decoder.floats(r, "masks");
                    long[] ms = OrtGraph.shape(r, "masks");
                    float[] iou = decoder.floats(r, "iou_predictions");
                    masks.add(toMask(b, logits, (int) ms[ms.length - 1], (int) ms[ms.length - 2], image, iou[0]));
                    post += System.nanoTime() - t4;
                    inference += t4 - t3;
                    pre += t3 - t2;
                } finally {
                    in.values().forEach(OnnxTensor::close);
                }
            }
        } catch (OrtException e) {
            throw new ModelException(encoder.file(), "cannot make the input tensors (" + e.getMessage() + ")", "Report this", e);
        }
        return new Segmentation(masks, new PhaseTimings(pre / 1e6, inference / 1e6, post / 1e6), provenance());
    }

    private ObjectMask toMask(PixelBox b, float[] logits, int w, int h, ColorImage image, float iou) {
        float[] atImage = w == image.width() && h == image.height() ? logits
                : FloatMaps.resizeBilinear(logits, w, h, image.width(), image.height());
        boolean[] px = new boolean[atImage.length];
        for (int i = 0; i < px.length; i++) {
            px[i] = atImage[i] > threshold;
        }
        return new ObjectMask(b, image.width(), image.height(), px, iou);
    }

    /** The encoder's provenance (file hashes cover both graphs). */
    public ModelProvenance provenance() {
        return encoder.provenance();
    }

    public ModelManifest manifest() {
        return manifest;
    }

    @Override
    public void close() {
        encoder.close();
        decoder.close();
    }
}
