package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.testing.SharedData;

/**
 * The real TUM and SUN frames read the same, and right, through every way the app opens a file: the Open dialog with
 * depth format "auto" (no format in the request), a drop, the Folder tab. Read as plain millimetres, TUM came out
 * five times too deep (about 25,000 points, no floor) and SUN as noise.
 */
class DepthFormatEntryPointsTest {

    private MainViewModel viewModel;

    @BeforeEach
    void setUp(@TempDir Path models) {
        SameThreadExecutor executor = new SameThreadExecutor();
        viewModel = new MainViewModel(executor, executor, new InMemoryPreferenceStore(), new ModelStore(models));
    }

    private static final String FRAMES = """
            dialog, TUM_color.png, TUM_depth.png, 'tum, 5000 units/m (file name prefix TUM_)'
            drop,   TUM_color.png, TUM_depth.png, 'tum, 5000 units/m (file name prefix TUM_)'
            folder, TUM_color.png, TUM_depth.png, 'tum, 5000 units/m (file name prefix TUM_)'
            dialog, SUN_color.jpg, SUN_depth.png, 'sun, 1000 units/m (file name prefix SUN_)'
            drop,   SUN_color.jpg, SUN_depth.png, 'sun, 1000 units/m (file name prefix SUN_)'
            folder, SUN_color.jpg, SUN_depth.png, 'sun, 1000 units/m (file name prefix SUN_)'
            """;

    @ParameterizedTest(name = "{0}: {1} + {2}")
    @CsvSource(textBlock = FRAMES)
    void openWithAutoFormatReadsDatasetDepthAndFindsTheFloor(String door, String colour, String depthFile,
                                                             String encoding) {
        Path image = SharedData.rgbd("other_formats/" + colour);
        Path depth = SharedData.rgbd("other_formats/" + depthFile);

        switch (door) {
            case "dialog" -> viewModel.open(new OpenRequest(image, depth, null, null, null, null, null));
            case "drop" -> viewModel.openDropped(List.of(image, depth));
            default -> viewModel.open(DepthPairing.pair(image).request());
        }

        SceneSnapshot scene = viewModel.sceneProperty().get();
        assertThat(scene).as("%s", viewModel.notifications().lastError()).isNotNull();
        assertThat(scene.frame().summary()).startsWith("Floor found");
        assertThat(scene.cloud().totalPoints()).as("Open3D counts 244,280 (TUM) and 236,957 (SUN) within 4 and 7 m")
                .isGreaterThan(230_000);
        assertThat(viewModel.liftedWithProperty().get()).contains("Depth " + encoding).contains("intrinsics");
        StageRow input = viewModel.pipeline().stages().get(0);
        assertThat(input.key()).isEqualTo("input");
        assertThat(input.parameters()).contains("depth " + encoding).contains("intrinsics");
    }
}
