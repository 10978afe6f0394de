package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.spatiallift.engine.qa.QaTestScenes.standing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;

class QaGeneratorTest {

    private static final QaScene SCENE = QaTestScenes.scene(QaTestScenes.randomObjects(new SplittableRandom(42), 6));

    private static QaBatch generate(QaSettings settings, QaScene scene) {
        return QaGenerator.standard(settings).generate(scene);
    }

    @Test
    void sameSeedGivesTheSameQaAndAnotherSeedOthers() {
        QaSettings s = QaSettings.defaults().withPerImage(50).withSeed(7);
        QaBatch a = generate(s, SCENE), b = generate(s, SCENE), c = generate(s.withSeed(8), SCENE);

        assertThat(b.pairs()).isEqualTo(a.pairs());
        assertThat(c.pairs()).isNotEqualTo(a.pairs());
        QaBatch regenerated = QaGenerator.standard(s).generate(SCENE, 8);
        assertThat(regenerated.pairs()).as("regenerate with a seed").extracting(p -> p.id() + p.question() + p.answer())
                .containsExactlyElementsOf(c.pairs().stream().map(p -> p.id() + p.question() + p.answer()).toList());
        assertThat(regenerated.pairs().get(0).provenance().seed()).isEqualTo(8);
    }

    @Test
    void scenesWithOtherKeysGetOtherStreamsButEachIsReproducible() {
        QaScene other = QaScene.ofObjects("other", SCENE.objects(), true, 1.5, SceneSource.SYNTHETIC);
        QaSettings s = QaSettings.defaults().withPerImage(30);
        assertThat(generate(s, other).pairs()).extracting(QaPair::question)
                .isNotEqualTo(generate(s, SCENE).pairs().stream().map(QaPair::question).toList());
        assertThat(generate(s, other).pairs()).isEqualTo(generate(s, other).pairs());
    }

    @Test
    void idsAreUniqueWithinAnImageAndStableAcrossRuns() {
        QaBatch a = generate(QaSettings.defaults().withPerImage(200), SCENE);
        assertThat(a.pairs()).extracting(QaPair::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{16}"));
        assertThat(generate(QaSettings.defaults().withPerImage(200), SCENE).pairs()).extracting(QaPair::id)
                .containsExactlyElementsOf(a.pairs().stream().map(QaPair::id).toList());
    }

    @Test
    void producesTheRequestedCountWithoutRepeatingAQuestion() {
        QaBatch a = generate(QaSettings.defaults().withPerImage(120), SCENE);
        assertThat(a.pairs()).hasSize(120);
        assertThat(a.pairs()).extracting(p -> p.category() + p.objects().stream().map(QaObject::id).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void quantitativeShareSetsTheMix() {
        QaSettings s = QaSettings.defaults().withPerImage(400);
        // the mix is by kind: count_left_of (multi-object) answers with a number but sits on the qualitative side
        assertThat(generate(s.withQuantitativeShare(0), SCENE).pairs()).noneMatch(p -> p.kind() == QaKind.QUANTITATIVE);
        assertThat(generate(s.withQuantitativeShare(1), SCENE).pairs()).allMatch(p -> p.kind() == QaKind.QUANTITATIVE);
        // default 50/50, measured over 25 scenes of 40 QA (a single scene asked 400 times runs out of one side)
        SplittableRandom rng = new SplittableRandom(9);
        long quantitative = 0, total = 0;
        for (int i = 0; i < 25; i++) {
            QaScene scene = QaTestScenes.scene(QaTestScenes.randomObjects(rng, 6));
            for (QaPair p : generate(s.withPerImage(40), scene).pairs()) {
                quantitative += p.kind() == QaKind.QUANTITATIVE ? 1 : 0;
                total++;
            }
        }
        assertThat(total).isEqualTo(1000);
        assertThat(quantitative / (double) total).isCloseTo(0.5, within(0.05));
    }

    @Test
    void categoryWeightsSelectCategoriesAndUnknownNamesAreRejected() {
        Map<String, Double> weights = new HashMap<>();
        Categories.all().forEach(c -> weights.put(c.name(), 0.0));
        weights.put("width", 1.0);
        weights.put("left_of", 3.0);
        QaBatch b = generate(QaSettings.defaults().withPerImage(40).withCategoryWeights(weights), SCENE);

        assertThat(b.pairs()).extracting(QaPair::category).containsOnly("width", "left_of");
        assertThatThrownBy(() -> QaGenerator.standard(QaSettings.defaults().withCategoryWeights(Map.of("heigth", 1.0))))
                .hasMessageContaining("unknown category \"heigth\"");
    }

    @Test
    void gravityCategoriesOnlyForCanonicalScenes() {
        QaScene upright = QaScene.ofObjects("upright", SCENE.objects(), false, 1.5, SceneSource.SYNTHETIC);
        Set<String> gravity = Categories.all().stream().filter(Category::needsGravity).map(Category::name)
                .collect(Collectors.toSet());

        QaBatch b = generate(QaSettings.defaults().withPerImage(300), upright);

        assertThat(b.pairs()).isNotEmpty().noneMatch(p -> gravity.contains(p.category()));
        assertThat(generate(QaSettings.defaults().withPerImage(300), SCENE).pairs())
                .anyMatch(p -> gravity.contains(p.category()));
    }

    @Test
    void nearTiesAreSkippedNeverGuessed() {
        // equal heights and widths, centres 2 m apart along x only: no taller/shorter/wider/thinner/bigger/smaller,
        // no front/behind; left/right decided
        QaScene twins = QaTestScenes.scene(List.of(standing(1, "crate", -1, 3, 0.5, 0.5, 0.6),
                standing(2, "drum", 1, 3, 0.5, 0.5, 0.6)));
        Set<String> ties = Set.of("taller", "shorter", "wider", "thinner", "bigger", "smaller", "in_front_of",
                "behind", "choose_taller", "choose_shorter", "choose_wider", "choose_thinner", "choose_bigger",
                "choose_smaller", "choose_front", "choose_behind", "above", "below", "choose_above", "choose_below");

        QaBatch b = generate(QaSettings.defaults().withPerImage(100), twins);

        assertThat(b.pairs()).isNotEmpty().noneMatch(p -> ties.contains(p.category()));
        assertThat(b.tiesSkipped()).isPositive();
    }

    @Test
    void sceneWithFewerThanTwoUsableObjectsIsSkippedWithAReason() {
        QaScene one = QaTestScenes.scene(List.of(standing(1, "crate", 0, 3, 0.5, 0.5, 0.6)));
        QaBatch b = generate(QaSettings.defaults(), one);
        assertThat(b.pairs()).isEmpty();
        assertThat(b.skipReason()).startsWith("fewer than two usable objects (1 usable");
    }

    @Test
    void chainOfThoughtOnlyForMultiObjectQaWhenAskedFor() {
        QaSettings s = QaSettings.defaults().withPerImage(300).withQuantitativeShare(0);
        assertThat(generate(s, SCENE).pairs()).allMatch(p -> p.reasoning().isEmpty());

        List<QaPair> pairs = generate(s.withChainOfThought(true), SCENE).pairs();

        assertThat(pairs).filteredOn(p -> p.kind() != QaKind.MULTI_OBJECT).allMatch(p -> p.reasoning().isEmpty());
        List<QaPair> closest = pairs.stream().filter(p -> p.category().equals("closest_to")).toList();
        assertThat(closest).isNotEmpty();
        for (QaPair p : closest) {
            // one centre distance per candidate; the chosen one has the smallest
            assertThat(p.reasoning()).hasSize(p.objects().size() - 1).allMatch(st -> st.category().equals("centre_distance"));
            double min = p.reasoning().stream().mapToDouble(QaStep::value).min().orElseThrow();
            int chosen = p.objects().stream().map(QaObject::description).toList().indexOf(p.shortAnswer());
            assertThat(p.reasoning().get(chosen - 1).value()).isEqualTo(min);
        }
    }

    @Test
    void noiseChangesStatedValuesByTheRelativeStdAndKeepsTheMeasuredOnes() {
        QaSettings s = QaSettings.defaults().withPerImage(400).withQuantitativeShare(1).withNoise(0.2);
        List<QaPair> metric = generate(s, SCENE).pairs().stream().filter(p -> "m".equals(p.unit())).toList();
        double sum = 0, sumSq = 0;
        for (QaPair p : metric) {
            double r = p.statedValue() / p.value() - 1;
            sum += r;
            sumSq += r * r;
        }
        double mean = sum / metric.size(), std = Math.sqrt(sumSq / metric.size() - mean * mean);
        assertThat(metric.size()).isGreaterThan(100);
        assertThat(mean).isCloseTo(0, within(0.05));
        assertThat(std).isCloseTo(0.2, within(0.05));
        assertThat(generate(s.withNoise(0), SCENE).pairs()).filteredOn(QaPair::quantitative)
                .allMatch(p -> p.statedValue().equals(p.value()));
    }

    @Test
    void unitsChooseTheWordsButValuesStayInMetres() {
        QaSettings s = QaSettings.defaults().withPerImage(200).withQuantitativeShare(1);
        List<QaPair> imperial = generate(s.withUnits(Units.IMPERIAL), SCENE).pairs().stream()
                .filter(p -> "m".equals(p.unit())).toList();
        assertThat(imperial).isNotEmpty().allMatch(p -> p.shortAnswer().matches("\\d+(\\.5)? (feet|inch|inches)"))
                .noneMatch(p -> p.answer().contains("meter"));
        assertThat(generate(s.withUnits(Units.BOTH), SCENE).pairs()).filteredOn(p -> "m".equals(p.unit()))
                .allMatch(p -> p.shortAnswer().matches(".*meters?.* \\(.*(feet|inch|inches)\\)"));
        assertThat(generate(s, SCENE).pairs()).filteredOn(p -> "m".equals(p.unit()))
                .allMatch(p -> p.shortAnswer().matches("[\\d.]+ (centimeters?|meters?)"));
    }

    @Test
    void everyQaCarriesProvenanceAndObjectsWithBoxes() {
        QaBatch b = generate(QaSettings.defaults().withPerImage(20).withSeed(99), SCENE);
        for (QaPair p : b.pairs()) {
            assertThat(p.provenance().image()).isEqualTo("test");
            assertThat(p.provenance().seed()).isEqualTo(99);
            assertThat(p.provenance().settings().perImage()).isEqualTo(20);
            assertThat(p.provenance().spatialLiftVersion()).isNotBlank();
            assertThat(p.objects()).isNotEmpty().allMatch(o -> o.boxCanonical() != null && !o.description().isBlank());
            assertThat(p.question()).doesNotContain("{").matches("[A-Z].*[?.]");
            assertThat(p.answer()).doesNotContain("{").matches("[A-Z].*[.!]");
        }
    }

    @Test
    void categoriesListTheirTemplatesAndDefinitions() {
        List<CategoryInfo> infos = QaCatalog.standard().infos();
        assertThat(infos).hasSizeGreaterThanOrEqualTo(40);
        assertThat(infos).extracting(CategoryInfo::name).doesNotHaveDuplicates();
        assertThat(infos).allMatch(i -> i.questionTemplates() >= 20 && i.answerTemplates() >= 10
                && !i.definition().isBlank());
        Map<QaKind, Long> kinds = infos.stream().collect(Collectors.groupingBy(CategoryInfo::kind, Collectors.counting()));
        assertThat(kinds.get(QaKind.YES_NO)).isEqualTo(14);
        assertThat(kinds.get(QaKind.CHOICE)).isEqualTo(12);
        assertThat(kinds.get(QaKind.QUANTITATIVE)).isEqualTo(14);
        assertThat(kinds.get(QaKind.MULTI_OBJECT)).isGreaterThanOrEqualTo(4);
        Set<String> seen = new HashSet<>();
        infos.forEach(i -> assertThat(seen.add(i.name())).isTrue());
    }
}
