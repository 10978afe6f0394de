package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    private MainViewModel viewModel;

    @BeforeEach
    void setUp() {
        viewModel = new MainViewModel(new SameThreadExecutor());
    }

    @Test
    void openSampleShowsCanonicalSceneWithObjects() {
        viewModel.openSample();

        SceneSnapshot scene = viewModel.sceneProperty().get();
        assertThat(scene).isNotNull();
        assertThat(scene.objects()).extracting(ObjectMarker::name).contains("sofa", "table", "chair");
        assertThat(scene.frameSummary()).startsWith("Floor found").contains(" m above it");
        assertThat(scene.cloud().count()).isGreaterThan(100_000);
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void openCorruptImageKeepsPreviousSceneAndReportsFile(@TempDir Path dir) throws Exception {
        viewModel.openSample();
        SceneSnapshot before = viewModel.sceneProperty().get();
        Path image = Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path depth = Files.write(dir.resolve("depth.png"), new byte[] {1, 2, 3});

        viewModel.open(OpenRequest.of(image, depth));

        assertThat(viewModel.sceneProperty().get()).isSameAs(before);
        assertThat(viewModel.errorProperty().get()).contains("broken.png");
        assertThat(viewModel.statusProperty().get()).startsWith("Could not open");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void openImageWithoutDepthSaysDepthIsNeeded(@TempDir Path dir) {
        viewModel.open(OpenRequest.of(dir.resolve("photo.jpg"), null));

        assertThat(viewModel.sceneProperty().get()).isNull();
        assertThat(viewModel.errorProperty().get()).contains("photo.jpg").contains("no depth file");
    }

    @Test
    void openWithBadScaleNamesTheValue(@TempDir Path dir) {
        viewModel.open(new OpenRequest(dir.resolve("a.png"), dir.resolve("d.png"), null, "lots", null, null, null));

        assertThat(viewModel.errorProperty().get()).contains("depth scale").contains("'lots'");
    }
}
