package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObjectsViewModelTest {

    private MainViewModel viewModel;

    @BeforeEach
    void openSample() {
        viewModel = new MainViewModel(new SameThreadExecutor());
        viewModel.openSample();
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

    private ObjectMarker marker(String name) {
        return viewModel.objects().objects().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }
}
