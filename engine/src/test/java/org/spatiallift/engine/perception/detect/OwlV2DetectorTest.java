package org.spatiallift.engine.perception.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.onnx.OnnxAttribute;
import org.spatiallift.engine.onnx.OnnxDataType;
import org.spatiallift.engine.onnx.OnnxGraphBuilder;
import org.spatiallift.engine.onnx.OnnxModel;
import org.spatiallift.engine.onnx.OnnxTensor;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.model.Normalisation;

/**
 * The OWLv2 runner on a stand-in of the Transformers.js export's exact signature (input_ids [Q, 16], pixel_values
 * [1, 3, 960, 960], attention_mask [Q, 16] → logits [1, N, Q], pred_boxes [1, N, 4]) installed under the built-in
 * manifest: the stand-in's logit for query q at patch n is table[id of the query's label word, n] (the word after
 * "a photo of a"), its boxes fixed, so labels, scores and boxes decoded from it are known.
 */
class OwlV2DetectorTest {

    private static final int PATCHES = 8;
    private static final float OFF = -10f;

    @TempDir
    Path dir;

    @Test
    void openVocabularyBoxesComeBackLabelledScoredAndInImagePixels() throws Exception {
        ModelManifest m = ModelManifests.resolve("owlv2-base-patch16-ensemble");
        List<String> labels = Labels.fromResource(m.labelsResource());
        Path export = dir.resolve("export");
        List<String> words = new ArrayList<>(List.of("a", "photo", "of"));
        labels.forEach(l -> words.addAll(Arrays.asList(l.split(" "))));
        Map<String, Integer> vocab = StandInModels.clipTokenizerFiles(export, words.toArray(String[]::new));
        float[][] table = new float[vocab.size()][PATCHES];
        for (float[] row : table) {
            Arrays.fill(row, OFF);
        }
        table[vocab.get("car</w>")][2] = 3f;      // sigmoid 0.953
        table[vocab.get("chair</w>")][5] = 1f;    // sigmoid 0.731
        table[vocab.get("bottle</w>")][6] = -2f;  // sigmoid 0.119: under the threshold
        table[vocab.get("car</w>")][7] = 2f;      // a box wholly in the padding below the image
        float[][] boxes = new float[PATCHES][];
        for (int n = 0; n < PATCHES; n++) {
            boxes[n] = new float[] {0.5f, 0.2f, 0.1f, 0.1f};
        }
        boxes[2] = new float[] {0.25f, 0.25f, 0.2f, 0.1f};
        boxes[5] = new float[] {0.5f, 0.3f, 0.2f, 0.2f};
        boxes[7] = new float[] {0.5f, 0.9f, 0.1f, 0.1f};
        StandInModels.write(standIn(table, boxes), export.resolve("model.onnx"));
        ModelStore store = new ModelStore(dir.resolve("cache"));
        StandInModels.install(m, store, export);

        try (Detector d = Detector.open(store.locate(m), DetectorOptions.defaults())) {
            assertThat(d).isInstanceOf(OwlV2Detector.class);
            Detections found = d.detect(new ColorImage(640, 480, new int[640 * 480]));

            assertThat(found.detections()).extracting(Detection::label).containsExactly("car", "chair");
            Detection car = found.detections().get(0);
            assertThat(car.score()).isCloseTo(1 / (1 + Math.exp(-3)), within(1e-5));
            assertThat(car.classId()).isEqualTo(labels.indexOf("car"));
            // centre (0.25, 0.25), size (0.2, 0.1) of the 640-pixel padded square
            assertThat(car.box().x0()).isCloseTo(96, within(1e-3));
            assertThat(car.box().x1()).isCloseTo(224, within(1e-3));
            assertThat(car.box().y0()).isCloseTo(128, within(1e-3));
            assertThat(car.box().y1()).isCloseTo(192, within(1e-3));
            Detection chair = found.detections().get(1);
            assertThat(chair.box().y1()).isCloseTo(256, within(1e-3));
            assertThat(d.provenance().modelId()).isEqualTo("owlv2-base-patch16-ensemble");
            assertThat(d.provenance().onnxSha256()).matches("[0-9a-f]{64}");
        }
        assertThatThrownBy(() -> Detector.open(store.locate(m), DetectorOptions.defaults().withFit(InputFit.TILES)))
                .as("a fit OWLv2 would ignore is refused, not silently dropped").isInstanceOf(ModelException.class)
                .hasMessageContaining("pads the image to a square").hasMessageContaining("tiles");
    }

    @Test
    void pixelValuesPadTheImageToASquareBelowWithHalfGrey() {
        Normalisation clip = new Normalisation(1 / 255.0, new double[] {0.48145466, 0.4578275, 0.40821073},
                new double[] {0.26862954, 0.26130258, 0.27577711}, "CLIP");
        int[] rgb = new int[4 * 2];
        Arrays.fill(rgb, 0xFFFFFF);

        float[] v = OwlV2Detector.pixelValues(new ColorImage(4, 2, rgb), 4, clip);

        // red channel: rows 0-1 white, rows 2-3 the 0.5 padding
        assertThat(v[0]).isCloseTo((float) ((1 - 0.48145466) / 0.26862954), within(1e-4f));
        assertThat(v[3 * 4 + 3]).isCloseTo((float) ((0.5 - 0.48145466) / 0.26862954), within(1e-4f));
    }

    /** The stand-in: logits[0, n, q] = table[input_ids[q, 5], n]; pred_boxes fixed; pixel_values and the mask unused. */
    private static OnnxModel standIn(float[][] table, float[][] boxes) {
        OnnxGraphBuilder g = new OnnxGraphBuilder("owlv2_standin", 17);
        g.input("input_ids", OnnxDataType.INT64, -1, 16);
        g.input("pixel_values", OnnxDataType.FLOAT, 1, 3, 960, 960);
        g.input("attention_mask", OnnxDataType.INT64, -1, 16);
        float[] flat = new float[table.length * PATCHES];
        for (int k = 0; k < table.length; k++) {
            System.arraycopy(table[k], 0, flat, k * PATCHES, PATCHES);
        }
        String word = g.op("Gather", List.of("input_ids", g.initializer(OnnxTensor.int64s("five", new long[0], 5))),
                OnnxAttribute.of("axis", 1L));
        String rows = g.op("Gather", List.of(g.initializer(OnnxTensor.floats("table",
                new long[] {table.length, PATCHES}, flat)), word));
        String perPatch = g.op("Transpose", List.of(rows), OnnxAttribute.ints("perm", 1, 0));
        g.node("Unsqueeze", List.of(perPatch, g.initializer(OnnxTensor.int64Vector("ax0", 0))), List.of("logits"));
        float[] b = new float[PATCHES * 4];
        for (int n = 0; n < PATCHES; n++) {
            System.arraycopy(boxes[n], 0, b, 4 * n, 4);
        }
        g.node("Identity", List.of(g.initializer(OnnxTensor.floats("boxes", new long[] {1, PATCHES, 4}, b))),
                List.of("pred_boxes"));
        g.output("logits", OnnxDataType.FLOAT, 1, PATCHES, -1);
        g.output("pred_boxes", OnnxDataType.FLOAT, 1, PATCHES, 4);
        return g.build();
    }
}
