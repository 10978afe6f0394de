package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.scene.SceneObject;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

/**
 * The Objects tab's rows and its "Left out" list on the TUM frame lifted with the installed COCO detector: each object
 * says its score, colour, how questions refer to it or why it is ambiguous; each left-out detection says why.
 */
class DetectedObjectsViewModelTest {

    private static MainViewModel viewModel;

    @BeforeAll
    static void liftWithTheDetector() {
        ModelStore store = new ModelStore(TestModels.detector().folder().getParent());
        SameThreadExecutor executor = new SameThreadExecutor();
        viewModel = new MainViewModel(executor, executor, new InMemoryPreferenceStore(), store);
        Path image = SharedData.rgbd("other_formats/TUM_color.png");
        Path depth = SharedData.rgbd("other_formats/TUM_depth.png");
        viewModel.open(new OpenRequest(image, depth, "tum", null, "525,525,319.5,239.5", null, null));
        assertThat(viewModel.sceneProperty().get()).as("%s", viewModel.notifications().lastError()).isNotNull();
    }

    @Test
    void everyDetectedObjectCarriesItsScoreAndAnExpressionOrWhyItIsAmbiguous() {
        List<ObjectMarker> objects = viewModel.objects().objects();

        assertThat(objects).isNotEmpty().allSatisfy(o -> {
            ObjectWords w = o.words();
            assertThat(w.score()).isBetween(0.0, 1.0);
            assertThat(w.scoreText()).matches("score 0\\.\\d\\d|score 1\\.00");
            assertThat(w.caption()).contains(o.name());
            assertThat(w.referringExpression() != null ^ w.ambiguous()).isTrue();
            assertThat(w.referenceText()).isNotEmpty()
                    .isEqualTo(w.ambiguous() ? "ambiguous: " + w.ambiguity() : "“" + w.referringExpression() + "”");
        });
        assertThat(objects).anySatisfy(o -> assertThat(o.words().colour()).isNotBlank());
    }

    @Test
    void detailsOfTheSelectedObjectNameScoreColourCaptionAndReference() {
        ObjectMarker o = viewModel.objects().objects().get(0);

        viewModel.objects().select(o.id());

        String details = viewModel.objects().detailsProperty().get();
        assertThat(details).contains(o.name() + " (instance " + o.id() + "), detector " + o.words().scoreText())
                .contains("caption: " + o.words().caption())
                .contains(o.words().ambiguous() ? "ambiguous, left out of questions: " + o.words().ambiguity()
                        : "referred to as “" + o.words().referringExpression() + "”")
                .contains("extents x × y × z ");
        if (o.words().colour() != null) {
            assertThat(details).containsPattern("colour " + o.words().colour() + " \\(\\d+ % of its pixels\\)");
        }
    }

    @Test
    void leftOutDetectionsEachSayWhyAndTheSummaryCountsThem() {
        List<LeftOutRow> leftOut = viewModel.objects().leftOut();

        assertThat(leftOut).isNotEmpty().allSatisfy(r -> {
            assertThat(r.reason()).isNotBlank();
            assertThat(r.detail()).isNotBlank();
            assertThat(r.score()).isBetween(0.0, 1.0);
        });
        assertThat(leftOut).anySatisfy(r -> assertThat(r.reason()).isEqualTo("below the threshold"));
        long ambiguous = viewModel.objects().objects().stream().filter(o -> o.words().ambiguous()).count();
        String summary = viewModel.objects().summaryProperty().get();
        assertThat(summary).startsWith(viewModel.objects().objects().size() + " objects")
                .contains("; " + leftOut.stream().filter(r -> !r.reason().equals(LeftOutRows.IMPLAUSIBLE)).count()
                        + " detections not used (Left out)");
        if (ambiguous == 0) {
            assertThat(summary).doesNotContain("ambiguous");
        } else {
            assertThat(summary).contains("(" + ambiguous + " ambiguous");
        }
    }

    @Test
    void anObjectRejectedByItsClassSizeIsListedAsLeftOutOfQaWithTheReason() {
        SceneModel sample = new SceneLoader().liftSample(LiftParameters.defaults(), ProgressListener.NONE,
                Cancellation.NEVER);
        LiftResult r = sample.result();
        String reason = "measured smallest extent 0.06 m (canonical, gravity-up) is less than half the 0.25 m minimum";
        List<SceneObject> objects = r.objects().stream()
                .map(o -> o.name().equals("chair") ? o.withDetectorScore(0.4).withRejection(reason) : o).toList();
        LiftResult rejected = new LiftResult(r.input(), r.parameters(), r.cloudCamera(), r.cloudCanonical(),
                r.voxelCamera(), r.planes(), r.frame(), objects, r.timings(), r.warnings(), r.perception());
        ObjectsViewModel objectsView = new ObjectsViewModel(new AppPreferences(new InMemoryPreferenceStore()));

        objectsView.show(new SceneModel("sample", rejected, List.of(), "test", null), ObjectMarkers.of(rejected));

        assertThat(objectsView.leftOut()).singleElement().satisfies(row -> {
            assertThat(row.title()).startsWith("chair #").endsWith(", score 0.40");
            assertThat(row.reason()).isEqualTo(LeftOutRows.IMPLAUSIBLE);
            assertThat(row.detail()).isEqualTo(reason);
        });
        ObjectMarker chair = objectsView.objects().stream().filter(o -> o.name().equals("chair")).findFirst()
                .orElseThrow();
        assertThat(chair.words().referenceText()).endsWith("left out of QA: " + reason);
        assertThat(objectsView.summaryProperty().get()).contains("1 left out of QA")
                .doesNotContain("not used");
    }
}
