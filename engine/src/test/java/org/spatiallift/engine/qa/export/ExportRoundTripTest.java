package org.spatiallift.engine.qa.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.qa.QaGenerator;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaSettings;
import org.spatiallift.engine.qa.QaTestScenes;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.Units;

import com.fasterxml.jackson.databind.JsonNode;

class ExportRoundTripTest {

    @TempDir
    Path dir;

    /** QA with every field in use: noise, both units, chain of thought, weights, a model in the provenance. */
    static ImageQa sample(String key, long seed) {
        QaScene scene = QaScene.ofObjects("photos/" + key, QaTestScenes.randomObjects(new SplittableRandom(seed), 6), true, 1.4,
                new SceneSource("detector", List.of(new ModelRef("owlv2-base", "detector", "ab12cd34"))));
        QaSettings settings = QaSettings.defaults().withPerImage(60).withNoise(0.1).withUnits(Units.BOTH)
                .withChainOfThought(true).withCategoryWeights(Map.of("width", 2.0, "near", 0.5)).withSeed(seed);
        List<QaPair> pairs = QaGenerator.standard(settings).generate(scene).pairs();
        return ImageQa.of("photos/" + key, pairs);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void lineReadsBackToTheSameQa(ExportFormat format) {
        ImageQa qa = sample("kitchen.jpg", 3);
        assertThat(qa.pairs()).anyMatch(p -> !p.reasoning().isEmpty()).anyMatch(p -> p.value() != null);

        String line = format.write(qa);

        assertThat(line).doesNotContain("\n");
        assertThat(format.read(line)).isEqualTo(qa);
    }

    @Test
    void llavaLineHasTheImageTokenOnceAndAlternatingTurns() throws IOException {
        ImageQa qa = sample("a.jpg", 4);
        JsonNode root = QaJson.MAPPER.readTree(ExportFormat.LLAVA.write(qa));
        JsonNode turns = root.path("conversations");
        assertThat(root.path("image").asText()).isEqualTo("photos/a.jpg");
        assertThat(turns.size()).isEqualTo(2 * qa.pairs().size());
        assertThat(turns.get(0).path("value").asText()).isEqualTo("<image>\n" + qa.pairs().get(0).question());
        assertThat(turns.get(1).path("from").asText()).isEqualTo("gpt");
        assertThat(turns.get(2).path("value").asText()).isEqualTo(qa.pairs().get(1).question());
    }

    @Test
    void messagesLineStartsWithTheImageInTheFirstUserTurn() throws IOException {
        ImageQa qa = sample("a.jpg", 5);
        JsonNode root = QaJson.MAPPER.readTree(ExportFormat.MESSAGES.write(qa));
        JsonNode first = root.path("messages").get(0);
        assertThat(first.path("role").asText()).isEqualTo("user");
        assertThat(first.path("content").get(0).path("type").asText()).isEqualTo("image");
        assertThat(first.path("content").get(1).path("text").asText()).isEqualTo(qa.pairs().get(0).question());
        assertThat(root.path("messages").get(1).path("content").get(0).path("text").asText())
                .isEqualTo(qa.pairs().get(0).answer());
        assertThat(root.path("messages").get(2).path("content")).hasSize(1);
        assertThat(root.path("images").get(0).asText()).isEqualTo("photos/a.jpg");
    }

    @Test
    void everyQaCarriesCategoryValueUnitObjectsAndProvenance() throws IOException {
        JsonNode block = QaJson.MAPPER.readTree(ExportFormat.MESSAGES.write(sample("a.jpg", 6))).path("spatiallift");
        assertThat(block.path("provenance").path("spatiallift_version").asText()).isNotBlank();
        assertThat(block.path("provenance").path("models").get(0).path("sha256").asText()).isEqualTo("ab12cd34");
        assertThat(block.path("provenance").path("settings").path("noise_rel_std").asDouble()).isEqualTo(0.1);
        for (JsonNode q : block.path("qa")) {
            assertThat(q.path("category").asText()).isNotBlank();
            assertThat(q.has("value") && q.has("unit")).isTrue();
            assertThat(q.path("objects").get(0).path("aabb_min_canonical_m")).hasSize(3);
            assertThat(q.path("objects").get(0).path("description").asText()).startsWith("the ");
        }
    }

    @Test
    void readRejectsForeignLinesNamingTheProblem() {
        assertThatThrownBy(() -> ExportFormat.LLAVA.read("{\"id\": 1}")).hasMessageContaining("no \"spatiallift\" block");
        assertThatThrownBy(() -> ExportFormat.LLAVA.read("{\"id\": ")).hasMessageStartingWith("not a JSON line");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void datasetAppendsResumesAndReadsBack(ExportFormat format) throws IOException {
        Path image = Files.writeString(dir.resolve("pixels.jpg"), "not really a JPEG");
        ImageQa a = sample("a.jpg", 7), b = sample("b.jpg", 8);
        Path out = dir.resolve("out");
        try (QaDataset ds = QaDataset.open(out, format)) {
            assertThat(ds.done()).isEmpty();
            ds.append(withFile(a, format), image);
        }
        try (QaDataset ds = QaDataset.open(out, format)) {
            assertThat(ds.done()).containsExactly("photos/a.jpg");
            assertThatThrownBy(() -> ds.append(withFile(a, format), image)).hasMessageContaining("already in");
            ds.append(withFile(b, format), image);
        }

        assertThat(QaDataset.readAll(out, format)).containsExactly(withFile(a, format), withFile(b, format));
        if (format == ExportFormat.IMAGEFOLDER) {
            assertThat(out.resolve("images/photos/b.jpg")).hasContent("not really a JPEG");
            assertThat(QaJson.MAPPER.readTree(Files.readAllLines(out.resolve("metadata.jsonl")).get(0))
                    .path("file_name").asText()).isEqualTo("images/photos/a.jpg");
        }
    }

    @Test
    void openCutsAnUnfinishedLastLineSoItsImageIsDoneAgain() throws IOException {
        Path out = dir.resolve("torn");
        ImageQa a = sample("a.jpg", 7), b = sample("b.jpg", 8);
        Path image = Files.writeString(dir.resolve("x.jpg"), "x");
        try (QaDataset ds = QaDataset.open(out, ExportFormat.LLAVA)) {
            ds.append(a, image);
        }
        String half = ExportFormat.LLAVA.write(b).substring(0, 200);
        Files.writeString(out.resolve("qa.llava.jsonl"), half, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        try (QaDataset ds = QaDataset.open(out, ExportFormat.LLAVA)) {
            assertThat(ds.repairedBytes()).isEqualTo(200);
            assertThat(ds.done()).containsExactly("photos/a.jpg");
            ds.append(b, image);
        }
        assertThat(QaDataset.readAll(out, ExportFormat.LLAVA)).containsExactly(a, b);
    }

    private static ImageQa withFile(ImageQa qa, ExportFormat format) {
        return new ImageQa(qa.image(), format.imageFile(qa.image()), qa.provenance(), qa.pairs());
    }
}
