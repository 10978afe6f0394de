package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.qa.export.QaJson;

/**
 * Inline reasoning: the chain-of-thought steps (question and answer) lead the answer text; by default they stay in the
 * metadata.
 */
class InlineReasoningTest {

    private static final QaScene SCENE = QaTestScenes.scene(QaTestScenes.randomObjects(new SplittableRandom(21), 6));
    private static final QaSettings COT = QaSettings.defaults().withPerImage(40).withChainOfThought(true)
            .withCategoryWeights(Map.of("closest_to", 20.0, "order_by_height", 20.0));

    @Test
    void inlineStepsLeadTheAnswerAndMetadataOnlyLeavesItAlone() {
        List<QaPair> metadata = QaGenerator.standard(COT).generate(SCENE, 4).pairs();
        List<QaPair> inline = QaGenerator.standard(COT.withReasoningInline(true)).generate(SCENE, 4).pairs();

        assertThat(inline).hasSameSizeAs(metadata);
        int withSteps = 0;
        for (int i = 0; i < metadata.size(); i++) {
            QaPair m = metadata.get(i);
            QaPair in = inline.get(i);
            assertThat(in.question()).isEqualTo(m.question());
            if (m.reasoning().isEmpty()) {
                assertThat(in.answer()).isEqualTo(m.answer());
                continue;
            }
            withSteps++;
            assertThat(m.answer()).doesNotContain(m.reasoning().get(0).question());
            assertThat(in.answer()).startsWith(m.reasoning().get(0).question() + " " + m.reasoning().get(0).answer())
                    .contains("So, ").endsWith(m.answer().substring(1));
            for (QaStep step : m.reasoning()) {
                assertThat(in.answer()).contains(step.question() + " " + step.answer());
            }
        }
        assertThat(withSteps).isPositive();
    }

    @Test
    void thePlacementIsRecordedInTheProvenanceAndReadBack() {
        QaSettings inline = COT.withReasoningInline(true);

        assertThat(QaJson.settings(inline).path("reasoning").asText()).isEqualTo("inline");
        assertThat(QaJson.settings(QaJson.settings(inline))).isEqualTo(inline);
        assertThat(QaJson.settings(QaJson.settings(COT)).reasoningInline()).isFalse();
        assertThat(QaSettings.defaults().withReasoningInline(true).chainOfThought()).as("inline implies the steps").isTrue();
    }
}
