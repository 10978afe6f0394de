package org.spatiallift.engine.perception.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.io.ColorImageReader;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.onnx.OnnxModel;
import org.spatiallift.engine.onnx.OrtRun;
import org.spatiallift.engine.perception.model.Sha256;
import org.spatiallift.engine.testing.TestModels;
import org.spatiallift.engine.tfjs.TfjsGraph;
import org.spatiallift.engine.tfjs.TfjsModelReader;
import org.spatiallift.engine.tfjs.TfjsToOnnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The converted ONNX model and the Java decoder against the original TF.js graph's own outputs on the same input
 * (fixture made once by benchmark-tool/scripts/centernet-fixture/centernet_fixture.mjs with pure-JS TensorFlow.js).
 */
class CenterNetFixtureTest {

    static final String INPUT_PNG = "centernet-fixture-input.png";
    static final String FIXTURE_JSON = "centernet-tfjs-fixture.json";
    private static final double TOLERANCE = 1e-3;

    private static CenterNetDetector detector;
    private static JsonNode fixture;
    private static HeatMap map;
    private static ColorImage input;

    @BeforeAll
    static void runModelOnFixtureInput() throws IOException, URISyntaxException, InputException, DetectionException {
        detector = CenterNetDetector.open(TestModels.detector(), DetectorOptions.defaults().withThreshold(0));
        try (InputStream in = CenterNetFixtureTest.class.getResourceAsStream(FIXTURE_JSON)) {
            fixture = new ObjectMapper().readTree(in);
        }
        Path png = Path.of(CenterNetFixtureTest.class.getResource(INPUT_PNG).toURI());
        assertThat(Sha256.of(png)).as("the fixture was made from this PNG").isEqualTo(fixture.path("input").path("sha256").asText());
        input = ColorImageReader.read(png, ImageLimits.defaults()).image();
        map = detector.heatMap(input);
    }

    @AfterAll
    static void close() {
        if (detector != null) {
            detector.close();
        }
    }

    @Test
    void fixtureWasMadeWithTheManifestModel() {
        assertThat(fixture.path("model").path("json_sha256").asText()).isEqualTo(detector.provenance().fileSha256().get("centernet.json"));
        assertThat(fixture.path("model").path("bin_sha256").asText()).isEqualTo(detector.provenance().fileSha256().get("centernet.bin"));
    }

    @Test
    void heatMapSamplesMatchTfjsWithin1e3() {
        JsonNode samples = fixture.path("keypoint_samples_y_x_class_value");
        assertThat(samples.size()).isGreaterThan(400);
        for (JsonNode s : samples) {
            int y = s.get(0).asInt();
            int x = s.get(1).asInt();
            int c = s.get(2).asInt();
            float got = map.heatAt(x, y, c);
            assertThat((double) got).as("heat (%d, %d, class %d)", x, y, c).isCloseTo(s.get(3).asDouble(), within(TOLERANCE));
        }
    }

    @Test
    void sizeHeadSamplesMatchTfjsWithin1e3Relative() {
        for (JsonNode s : fixture.path("wh_samples_y_x_left_top_right_bottom")) {
            int y = s.get(0).asInt();
            int x = s.get(1).asInt();
            for (int k = 0; k < 4; k++) {
                double want = s.get(2 + k).asDouble();
                float got = map.sizeAt(x, y, k);
                assertThat((double) got).as("size head (%d, %d)[%d]", x, y, k)
                        .isCloseTo(want, within(TOLERANCE * Math.max(1, Math.abs(want))));
            }
        }
    }

    @Test
    void perClassMaximaMatchTfjs() {
        JsonNode max = fixture.path("keypoint_channel_max");
        assertThat(max.size()).isEqualTo(80);
        for (int c = 0; c < 80; c++) {
            float m = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < map.width() * map.height(); i++) {
                m = Math.max(m, map.heat().get(i * 80 + c));
            }
            assertThat((double) m).as("max of class %d", c).isCloseTo(max.get(c).asDouble(), within(TOLERANCE));
        }
    }

    @Test
    void javaDecodingMatchesTheGraphsOwnDetections() throws DetectionException {
        List<Detection> ours = detector.detect(input).detections();
        JsonNode theirs = fixture.path("detections_x0_y0_x1_y1_score_class");
        assertThat(ours).hasSize(theirs.size());
        int compared = 0;
        for (JsonNode d : theirs) {
            double score = d.get(4).asDouble();
            if (score < 0.02) {
                continue;
            }
            int cls = d.get(5).asInt();
            double cx = (d.get(0).asDouble() + d.get(2).asDouble()) / 2;
            double cy = (d.get(1).asDouble() + d.get(3).asDouble()) / 2;
            Detection match = ours.stream().filter(o -> o.classId() == cls && Math.abs(o.score() - score) < TOLERANCE
                    && Math.abs(clip(d.get(0).asDouble()) - o.box().x0()) < 0.05 + TOLERANCE * 512
                    && Math.abs(clip(d.get(3).asDouble()) - o.box().y1()) < 0.05 + TOLERANCE * 512).findFirst().orElse(null);
            assertThat(match).as("graph detection class %d score %.4f at (%.1f, %.1f)", cls, score, cx, cy).isNotNull();
            compared++;
        }
        assertThat(compared).as("detections above 0.02 compared").isPositive();
        for (int i = 1; i < ours.size(); i++) {
            assertThat(ours.get(i).score()).isLessThanOrEqualTo(ours.get(i - 1).score());
        }
    }

    @Test
    void wholeConvertedGraphIncludingItsDecodingTailMatchesTheGraphsOwnDetections() throws Exception {
        TfjsGraph graph = TfjsModelReader.read(TestModels.detector().graphFile());
        OnnxModel full = TfjsToOnnx.convert(graph, graph.signatureOutputs(), "centernet-full");
        float[] det = OrtRun.run(full, Map.of("tower_0/images", new OrtRun.Input(ImageResizer.toTensor(input, 512, 512),
                1, 512, 512, 3))).get("tower_0/detections");

        JsonNode theirs = fixture.path("detections_x0_y0_x1_y1_score_class");
        assertThat(det).hasSize(theirs.size() * 6);
        int compared = 0;
        for (JsonNode d : theirs) {
            if (d.get(4).asDouble() < 0.01) {
                continue;
            }
            boolean found = false;
            for (int r = 0; r < det.length / 6 && !found; r++) {
                boolean same = true;
                for (int k = 0; k < 6; k++) {
                    double want = d.get(k).asDouble();
                    same &= Math.abs(det[6 * r + k] - want) <= TOLERANCE * Math.max(1, Math.abs(want));
                }
                found = same;
            }
            assertThat(found).as("graph detection %s in the converted graph's output", d).isTrue();
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    private static double clip(double v) {
        return Math.min(Math.max(v, 0), 512);
    }

}
