package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.scene.SceneObject;

class ObjectsViewModelTest {

    private MainViewModel viewModel;

    @BeforeEach
    void openSample() {
        viewModel = new MainViewModel(new SameThreadExecutor());
        viewModel.openSample();
    }

    @Test
    void theLabelsOfTheViewsCarryTheirUnits() {
        ObjectMarker table = marker("table");

        assertThat(table.sizeLabel()).isEqualTo(String.format(java.util.Locale.ROOT, "table %.2f × %.2f × %.2f m",
                table.extentsM()[0], table.extentsM()[1], table.extentsM()[2]));
        assertThat(table.pointsLabel()).isEqualTo(String.format(java.util.Locale.ROOT, "%,d points", table.pointCount()))
                .endsWith(" points");
    }

    @Test
    void selectShowsBoxExtentsCentroidHeightAndCountWithUnitsAndFrame() {
        ObjectMarker table = marker("table");

        viewModel.objects().select(table.id());

        assertThat(viewModel.objects().selectedProperty().get()).isEqualTo(table);
        assertThat(viewModel.objects().detailsProperty().get())
                .contains("table (instance " + table.id() + ")")
                .contains("box (").contains(") m, canonical to (")
                .contains("extents x × y × z ").contains("centroid (")
                .contains("height above floor (lowest point) ").contains(String.format("%,d points kept", table.pointCount()));
    }

    @Test
    void detailsAndListSayWhetherAnObjectIsSeenWhole() {
        assertThat(viewModel.objects().objects()).isNotEmpty();
        for (ObjectMarker m : viewModel.objects().objects()) {
            viewModel.objects().select(m.id());

            String details = viewModel.objects().detailsProperty().get();

            if (m.visibility().isEmpty()) {
                assertThat(details).contains("seen whole: its size can be asked");
                assertThat(m.toString()).isEqualTo(m.name() + " (#" + m.id() + ")");
            } else {
                assertThat(details).contains(String.join(", ", m.visibility()) + ": only its position is asked");
                assertThat(m.toString()).contains(m.visibility().get(0));
            }
        }
    }

    @Test
    void selectHighlightsObjectPixelsIn2d() {
        ObjectMarker sofa = marker("sofa");

        viewModel.objects().select(sofa.id());

        ImagePixels mask = viewModel.objects().selectedMaskProperty().get();
        long lit = Arrays.stream(mask.argb()).filter(p -> (p & 0xFFFFFF) == ObjectsViewModel.HIGHLIGHT_RGB).count();
        assertThat(lit).isEqualTo(sofa.pointCount());
    }

    @Test
    void detailsFollowUnitPreference() {
        viewModel.objects().select(marker("chair").id());

        viewModel.preferences().lengthUnitProperty().set(LengthUnit.METRES_AND_FEET);

        assertThat(viewModel.objects().detailsProperty().get()).contains(" ft)");
    }

    @Test
    void selectionSurvivesRerunOfSameScene() {
        viewModel.objects().select(marker("cabinet").id());

        viewModel.pipeline().voxelMProperty().set("0.03");
        viewModel.applyParameters();

        assertThat(viewModel.objects().selectedProperty().get().name()).isEqualTo("cabinet");
    }

    @Test
    void clearSelectionRemovesHighlight() {
        viewModel.objects().select(marker("ball").id());

        viewModel.objects().clearSelection();

        assertThat(viewModel.objects().selectedProperty().get()).isNull();
        assertThat(viewModel.objects().selectedMaskProperty().get()).isNull();
        assertThat(viewModel.objects().detailsProperty().get()).isEmpty();
    }

    @Test
    void detailsSayWhyARejectedObjectIsLeftOutOfQa() {
        SceneModel sample = new SceneLoader().liftSample(LiftParameters.defaults(), ProgressListener.NONE,
                Cancellation.NEVER);
        LiftResult r = sample.result();
        String reason = "measured smallest extent 0.06 m (canonical, gravity-up) is less than half the 0.25 m minimum "
                + "of a chair";
        List<SceneObject> objects = r.objects().stream()
                .map(o -> o.name().equals("chair") ? o.withDetectorScore(0.4).withRejection(reason) : o).toList();
        LiftResult rejected = new LiftResult(r.input(), r.parameters(), r.cloudCamera(), r.cloudCanonical(),
                r.voxelCamera(), r.planes(), r.frame(), objects, r.timings(), r.warnings(), r.perception());
        ObjectsViewModel objectsView = new ObjectsViewModel(new AppPreferences(new InMemoryPreferenceStore()));
        objectsView.show(new SceneModel("sample", rejected, List.of(), "test", null), ObjectMarkers.of(rejected));
        int chair = objectsView.objects().stream().filter(o -> o.name().equals("chair")).findFirst().orElseThrow().id();
        int table = objectsView.objects().stream().filter(o -> o.name().equals("table")).findFirst().orElseThrow().id();

        objectsView.select(chair);
        assertThat(objectsView.detailsProperty().get()).contains("left out of QA: " + reason);
        objectsView.select(table);
        assertThat(objectsView.detailsProperty().get()).doesNotContain("left out of QA");
    }

    private ObjectMarker marker(String name) {
        return viewModel.objects().objects().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }
}
