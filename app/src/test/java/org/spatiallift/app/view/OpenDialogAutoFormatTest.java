package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.app.task.TaskExecutor;
import org.spatiallift.app.viewmodel.SameThreadExecutor;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.OpenRequest;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.testing.SharedData;

/**
 * File › Open image and depth… with depth format "auto" reads the dataset frames as the other doors do: TUM as
 * 1/5 mm (5000 units/m) with its floor found, SUN with its bit rotation. It read both as plain millimetres.
 */
class OpenDialogAutoFormatTest {

    /** Runs work at once on the calling thread (no toolkit needed). */
    private static final TaskExecutor NOW = new SameThreadExecutor();

    @ParameterizedTest(name = "{0} + {1} with auto")
    @CsvSource(textBlock = """
            TUM_color.png, TUM_depth.png, 'Depth tum, 5000 units/m (file name prefix TUM_)'
            SUN_color.jpg, SUN_depth.png, 'Depth sun, 1000 units/m (file name prefix SUN_)'
            """)
    void autoFormatReadsDatasetDepthAndFindsTheFloor(String colour, String depth, String liftedWith,
                                                     @TempDir Path models) {
        MainViewModel viewModel = new MainViewModel(NOW, NOW, new InMemoryPreferenceStore(), new ModelStore(models));
        OpenRequest request = OpenDialog.toRequest(SharedData.rgbd("other_formats/" + colour).toString(),
                " " + SharedData.rgbd("other_formats/" + depth) + " ", OpenDialog.AUTO, "", "", "", "");

        viewModel.open(request);

        assertThat(viewModel.sceneProperty().get()).as("%s", viewModel.notifications().lastError()).isNotNull();
        assertThat(viewModel.sceneProperty().get().frame().summary()).startsWith("Floor found");
        assertThat(viewModel.liftedWithProperty().get()).startsWith(liftedWith);
    }

    @Test
    void chosenFormatAndScaleAreGivenAsTyped() {
        OpenRequest r = OpenDialog.toRequest("a.png", "d.png", "png16", " 4000 ", "", "l.png", "");

        assertThat(r.depthFormat()).isEqualTo("png16");
        assertThat(r.depthScale()).isEqualTo("4000");
        assertThat(r.labels()).isEqualTo(Path.of("l.png"));
        assertThat(r.intrinsics()).isNull();
        assertThat(r.names()).isNull();
    }
}
