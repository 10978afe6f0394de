package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.qa.export.QaJson;

/**
 * Near-ties (within the margins): skipped by default; with ties answered, "No, they are about the same height." for
 * yes/no and "They are about the same height." for a choice, never for above/below, and only for real near-ties.
 */
class TiesTest {

    /** Two boxes of nearly the same height (1.00 and 1.05 m, within the 10 % size margin), far apart left to right. */
    private static final QaScene TWINS = QaTestScenes.scene(List.of(
            QaTestScenes.standing(1, "lamp", -1.5, 3, 0.3, 0.3, 1.00),
            QaTestScenes.standing(2, "plant", 1.5, 3, 0.5, 0.5, 1.05)));
    private static final QaSettings HEIGHTS = QaSettings.defaults().withPerImage(20).withCategoryWeights(
            Map.of()).withCategoryWeights(onlyWeights("taller", "shorter", "choose_taller", "choose_shorter",
            "left_of", "choose_left"));

    private static Map<String, Double> onlyWeights(String... names) {
        Map<String, Double> w = new HashMap<>();
        for (var c : org.spatiallift.engine.qa.category.Categories.all()) {
            w.put(c.name(), List.of(names).contains(c.name()) ? 1.0 : 0.0);
        }
        return w;
    }

    @Test
    void nearTiesAreSkippedByDefault() {
        QaBatch batch = QaGenerator.standard(HEIGHTS).generate(TWINS, 3);

        assertThat(batch.pairs()).isNotEmpty().allSatisfy(p -> assertThat(p.category()).isIn("left_of", "choose_left"));
        assertThat(batch.tiesSkipped()).isPositive();
        assertThat(batch.pairs()).noneSatisfy(p -> assertThat(p.answer()).contains("about the same"));
    }

    @Test
    void answeredTiesSayAboutTheSameAndClearComparisonsStayAnswered() {
        QaBatch batch = QaGenerator.standard(HEIGHTS.withTiesAnswered(true)).generate(TWINS, 3);

        List<QaPair> heights = batch.pairs().stream().filter(p -> !p.category().contains("left")).toList();
        assertThat(heights).extracting(QaPair::category).contains("taller", "choose_taller");
        for (QaPair p : heights) {
            if (p.kind() == QaKind.YES_NO) {
                assertThat(p.answer()).isEqualTo("No, they are about the same height.");
                assertThat(p.shortAnswer()).isEqualTo("no");
            } else {
                assertThat(p.answer()).isEqualTo("They are about the same height.");
                assertThat(p.shortAnswer()).isEqualTo("about the same");
            }
        }
        assertThat(batch.pairs().stream().filter(p -> p.category().contains("left")))
                .as("3 m apart from left to right is no tie").isNotEmpty()
                .noneSatisfy(p -> assertThat(p.answer()).contains("about"));
    }

    @Test
    void aboveIsNeverAnsweredAsATie() {
        QaSettings above = QaSettings.defaults().withPerImage(20).withTiesAnswered(true)
                .withCategoryWeights(onlyWeights("above", "below", "choose_above", "choose_below"));
        assertThat(QaGenerator.standard(above).generate(TWINS, 3).pairs()).as("side by side, heights overlap").isEmpty();
    }

    @Test
    void tieAnswersAgreeWithThemselvesAsTruthAndTheSettingIsReadBack() {
        QaSettings answer = HEIGHTS.withTiesAnswered(true);
        QaBatch batch = QaGenerator.standard(answer).generate(TWINS, 3);
        for (QaPair p : batch.pairs()) {
            assertThat(QaTruth.check(p, TWINS, TWINS.geometry(), answer.margins(), answer.units()))
                    .isEqualTo(TruthOutcome.AGREES);
        }
        QaScene clearlyTaller = QaTestScenes.scene(List.of(
                QaTestScenes.standing(1, "lamp", -1.5, 3, 0.3, 0.3, 1.00),
                QaTestScenes.standing(2, "plant", 1.5, 3, 0.5, 0.5, 1.60)));
        QaPair tie = batch.pairs().stream().filter(p -> p.answer().contains("about the same")).findFirst().orElseThrow();
        assertThat(QaTruth.check(tie, TWINS, clearlyTaller.geometry(), answer.margins(), answer.units()))
                .as("a tie where the truth is clear is wrong").isEqualTo(TruthOutcome.DISAGREES);
        assertThat(QaJson.settings(QaJson.settings(answer))).isEqualTo(answer);
        assertThat(QaJson.settings(answer).path("ties").asText()).isEqualTo("answer");
        assertThat(QaJson.settings(QaSettings.defaults()).path("ties").asText()).isEqualTo("skip");
    }
}
