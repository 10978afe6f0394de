package org.spatiallift.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.app.task.TaskExecutor;
import org.spatiallift.app.viewmodel.SameThreadExecutor;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.testing.SharedData;

/** {@code bin/spatiallift-app IMAGE DEPTH} reads the dataset frames by the same rule as every other door. */
class AppArgumentsDepthFormatTest {

    private static final TaskExecutor NOW = new SameThreadExecutor();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            TUM_color.png, TUM_depth.png, 'Depth tum, 5000 units/m (file name prefix TUM_)'
            SUN_color.jpg, SUN_depth.png, 'Depth sun, 1000 units/m (file name prefix SUN_)'
            NYU_color.ppm, NYU_depth.pgm, 'Depth nyu-raw, Kinect disparity (no scale) (file name prefix NYU_ on a .pgm)'
            """)
    void imageAndDepthArgumentsAreReadByTheDatasetRule(String colour, String depth, String liftedWith,
                                                       @TempDir Path models) {
        MainViewModel viewModel = new MainViewModel(NOW, NOW, new InMemoryPreferenceStore(), new ModelStore(models));

        SpatialLiftApplication.openFirstScene(viewModel, List.of(SharedData.rgbd("other_formats/" + colour).toString(),
                SharedData.rgbd("other_formats/" + depth).toString()));

        assertThat(viewModel.sceneProperty().get()).as("%s", viewModel.notifications().lastError()).isNotNull();
        assertThat(viewModel.liftedWithProperty().get()).startsWith(liftedWith);
        assertThat(viewModel.sceneProperty().get().frame().summary()).startsWith("Floor found");
    }
}
