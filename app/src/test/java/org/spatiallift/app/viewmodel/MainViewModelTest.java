package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.depth.DepthSource;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.QaDataset;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

class MainViewModelTest {

    private MainViewModel viewModel;

    @BeforeEach
    void setUp(@TempDir Path models) {
        SameThreadExecutor executor = new SameThreadExecutor();
        // an empty model cache of its own, so models installed on this machine do not change the lift
        viewModel = new MainViewModel(executor, executor, new InMemoryPreferenceStore(), new ModelStore(models));
    }

    @Test
    void openSampleShowsCanonicalSceneWithObjectsAndColours() {
        viewModel.openSample();

        SceneSnapshot scene = viewModel.sceneProperty().get();
        assertThat(scene).isNotNull();
        assertThat(scene.objects()).extracting(ObjectMarker::name).contains("sofa", "table", "chair");
        assertThat(scene.frame().summary()).startsWith("Floor found").contains(" m above it");
        assertThat(scene.cloud().count()).isEqualTo(scene.cloud().totalPoints()).isGreaterThan(100_000);
        assertThat(scene.cloud().xyz()).hasSizeGreaterThanOrEqualTo(3 * scene.cloud().count());
        assertThat(viewModel.coloursProperty().get().argb()).hasSize(scene.cloud().count());
        assertThat(viewModel.notifications().items()).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.objects().objects()).hasSameSizeAs(scene.objects());
    }

    @Test
    void openCorruptImageKeepsPreviousSceneAndNotifiesWithFileName(@TempDir Path dir) throws Exception {
        viewModel.openSample();
        SceneSnapshot before = viewModel.sceneProperty().get();
        Path image = Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path depth = Files.write(dir.resolve("depth.png"), new byte[] {1, 2, 3});

        viewModel.open(OpenRequest.of(image, depth));

        assertThat(viewModel.sceneProperty().get()).isSameAs(before);
        Notification error = viewModel.notifications().lastError();
        assertThat(error.title()).isEqualTo("Could not open broken.png");
        assertThat(error.message()).contains("broken.png").contains("corrupt");
        assertThat(viewModel.statusProperty().get()).startsWith("Could not open");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.pipeline().stages()).allMatch(r -> r.state() == StageRow.State.DONE
                || r.state() == StageRow.State.SKIPPED);
    }

    @Test
    void openImageWithoutDepthSaysNoDepthModelAndNeverLifts(@TempDir Path dir) throws Exception {
        Path photo = Files.write(dir.resolve("photo.jpg"), new byte[] {1});

        viewModel.open(OpenRequest.of(photo, null));

        assertThat(viewModel.sceneProperty().get()).isNull();
        Notification error = viewModel.notifications().lastError();
        assertThat(error.message()).contains("photo.jpg").contains("no depth file and no depth model")
                .contains("Open a depth file with it").contains("File › Open image and depth…")
                .contains("Install " + DepthSource.SUGGESTED_MODEL + " in Models › Models…")
                .doesNotContain("--").doesNotContain("bin/spatiallift");
        assertThat(error.actions()).extracting(NotificationAction::label, NotificationAction::command,
                NotificationAction::image).containsExactly(
                        tuple("Choose depth file…", NotificationAction.Command.OPEN_FILES, photo),
                        tuple("Open Models…", NotificationAction.Command.OPEN_MODELS, null));
    }

    @Test
    void typedIntrinsicsThatAreNotNumbersNameTheIntrinsicsFieldNotTheOption(@TempDir Path dir) throws Exception {
        SampleSceneWriter.write(SampleScenes.builtIn(), dir);

        viewModel.open(new OpenRequest(dir.resolve("rgb.png"), dir.resolve("depth.png"), null, null, "525,525,x", null,
                null));

        assertThat(viewModel.notifications().lastError().message()).startsWith("Intrinsics field: expected 4")
                .doesNotContain("--");
    }

    @Test
    void theGuessedIntrinsicsWarningNamesTheIntrinsicsFieldNotTheOption(@TempDir Path dir) throws Exception {
        SampleSceneWriter.write(SampleScenes.builtIn(), dir);
        Files.delete(dir.resolve("intrinsics.txt"));

        viewModel.open(OpenRequest.of(dir.resolve("rgb.png"), dir.resolve("depth.png")));

        SceneSnapshot scene = viewModel.sceneProperty().get();
        assertThat(scene).as("%s", viewModel.notifications().lastError()).isNotNull();
        assertThat(scene.warnings()).anySatisfy(w -> assertThat(w).contains("assumed a 60° horizontal field of view")
                .contains("into the Intrinsics field of File › Open image and depth…").doesNotContain("--"));
        assertThat(viewModel.pipeline().stages()).flatMap(StageRow::warnings).isNotEmpty()
                .noneMatch(w -> w.contains("--intrinsics"));
    }

    @Test
    void openImageWithoutDepthTakesDepthFromTheInstalledModel(@TempDir Path dir) throws Exception {
        MainViewModel withModel = withStandInDepthModel(dir);

        withModel.open(OpenRequest.of(dir.resolve("frame/rgb.png"), null));

        SceneSnapshot scene = withModel.sceneProperty().get();
        assertThat(scene).as("%s", withModel.notifications().lastError()).isNotNull();
        assertThat(scene.title()).isEqualTo("rgb.png");
        assertThat(scene.cloud().totalPoints()).as("every pixel gets model depth").isGreaterThan(100_000);
    }

    @Test
    void qaOfAnImageWhoseDepthAModelEstimatedSaySoInTheirProvenance(@TempDir Path dir) throws Exception {
        MainViewModel withModel = withStandInDepthModel(dir);
        QaViewModel qa = withModel.qa();
        qa.newProject(dir.resolve("project.db"));
        Path frame = dir.resolve("frame");

        withModel.open(new OpenRequest(frame.resolve("rgb.png"), null, null, null,
                Files.readString(frame.resolve("intrinsics.txt")).trim(), frame.resolve("labels.png"),
                frame.resolve("names.txt")));
        assertThat(qa.rows()).as("%s", withModel.notifications().lastError()).isNotEmpty();
        qa.select(qa.rows().get(0).id());
        qa.accept();
        qa.exportAccepted(dir.resolve("export"), "messages");

        QaPair exported = QaDataset.readAll(dir.resolve("export"), ExportFormat.MESSAGES).get(0).pairs().get(0);
        assertThat(exported.provenance().source().depth()).isEqualTo(SceneSource.DEPTH_MODEL);
        assertThat(exported.provenance().source().models()).anySatisfy(m -> {
            assertThat(m.role()).isEqualTo(SceneSource.DEPTH_ROLE);
            assertThat(m.id()).isEqualTo("depth-anything-v2-metric-indoor-small");
        });
    }

    @Test
    void openRgbdFrameWithoutLabelMapFindsObjectsWithTheInstalledDetector() {
        ModelStore store = new ModelStore(TestModels.detector().folder().getParent());
        SameThreadExecutor executor = new SameThreadExecutor();
        MainViewModel withDetector = new MainViewModel(executor, executor, new InMemoryPreferenceStore(), store);
        Path image = SharedData.rgbd("other_formats/TUM_color.png");
        Path depth = SharedData.rgbd("other_formats/TUM_depth.png");

        withDetector.open(new OpenRequest(image, depth, "tum", null, "525,525,319.5,239.5", null, null));

        SceneSnapshot scene = withDetector.sceneProperty().get();
        assertThat(scene).as("%s", withDetector.notifications().lastError()).isNotNull();
        assertThat(scene.objects()).extracting(ObjectMarker::name).anyMatch(n -> n.contains("chair"));
        assertThat(withDetector.pipeline().stages()).filteredOn(r -> r.key().equals("detect") || r.key().equals("masks"))
                .hasSize(2).allMatch(r -> r.state() == StageRow.State.DONE);
    }

    @Test
    void openWithBadScaleNamesTheValue(@TempDir Path dir) {
        viewModel.open(new OpenRequest(dir.resolve("a.png"), dir.resolve("d.png"), null, "lots", null, null, null));

        assertThat(viewModel.notifications().lastError().message()).contains("depth scale").contains("'lots'");
    }

    @Test
    void openSampleReportsEveryStageDoneWithItsTimeAndParameters() {
        viewModel.openSample();

        assertThat(viewModel.pipeline().stages()).extracting(StageRow::key)
                .containsExactly("input", "back_project", "voxel", "outliers", "planes", "floor", "canonical", "detect",
                        "masks", "objects", "describe", "scene_filter");
        StageRow voxel = row("voxel");
        assertThat(voxel.state()).isEqualTo(StageRow.State.DONE);
        assertThat(voxel.time()).endsWith(" ms");
        assertThat(voxel.parameters()).isEqualTo("voxel size 0.020 m");
        assertThat(row("outliers").state()).isEqualTo(StageRow.State.SKIPPED);
        assertThat(viewModel.pipeline().progressProperty().get()).isEqualTo(1.0);
        // the scene filter's verdict with its measured values (rules: no CLIP model in the test's model cache), accepted:
        // a note, not a warning
        assertThat(row("scene_filter").warnings()).isEmpty();
        assertThat(row("scene_filter").notes()).singleElement().asString()
                .startsWith("scene filter (rules): accepted: ").contains("usable objects").contains(" m between");
    }

    @Test
    void applyParametersWithNewVoxelSizeRerunsOnlyStagesFromVoxel() {
        viewModel.openSample();
        SceneSnapshot before = viewModel.sceneProperty().get();

        viewModel.pipeline().voxelMProperty().set("0.04");
        viewModel.applyParameters();

        assertThat(row("back_project").state()).isEqualTo(StageRow.State.REUSED);
        assertThat(row("back_project").time()).isEqualTo("reused");
        for (String key : new String[] {"voxel", "planes", "floor", "canonical", "objects", "describe", "scene_filter"}) {
            assertThat(row(key).state()).as(key).isEqualTo(StageRow.State.DONE);
        }
        assertThat(row("voxel").parameters()).isEqualTo("voxel size 0.040 m");
        assertThat(viewModel.pipeline().summaryProperty().get()).startsWith("ran 7 stages").endsWith("reused back-projection");
        assertThat(viewModel.sceneProperty().get()).isNotSameAs(before);
        assertThat(viewModel.sceneProperty().get().cloud().totalPoints()).isEqualTo(before.cloud().totalPoints());
    }

    @Test
    void applyParametersWithNewDepthRangeRerunsFromBackProjection() {
        viewModel.openSample();
        int before = viewModel.sceneProperty().get().cloud().totalPoints();

        viewModel.pipeline().maxDepthMProperty().set("4");
        viewModel.applyParameters();

        assertThat(row("back_project").state()).isEqualTo(StageRow.State.DONE);
        assertThat(viewModel.sceneProperty().get().cloud().totalPoints()).isLessThan(before);
    }

    @Test
    void applyParametersWithTextNamesTheFieldAndKeepsScene() {
        viewModel.openSample();
        SceneSnapshot before = viewModel.sceneProperty().get();

        viewModel.pipeline().ransacThresholdMProperty().set("two cm");
        viewModel.applyParameters();

        assertThat(viewModel.notifications().lastError().message()).contains("RANSAC threshold")
                .contains("'two cm' is not a number");
        assertThat(viewModel.sceneProperty().get()).isSameAs(before);
    }

    @Test
    void cancelDuringLiftStopsAtNextStageAndKeepsScene() {
        viewModel.openSample();
        SceneSnapshot before = viewModel.sceneProperty().get();
        // as a click would, outside the rows' own change notification (a list cannot be changed inside it)
        viewModel.pipeline().progressProperty().addListener((obs, old, v) -> {
            if (row("voxel").state() == StageRow.State.DONE && viewModel.busyProperty().get()) {
                viewModel.cancel();
            }
        });

        viewModel.pipeline().voxelMProperty().set("0.05");
        viewModel.applyParameters();

        assertThat(viewModel.sceneProperty().get()).isSameAs(before);
        assertThat(viewModel.statusProperty().get()).startsWith("Cancelled");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.notifications().lastError()).isNull();
        assertThat(row("voxel").parameters()).isEqualTo("voxel size 0.020 m");
    }

    @Test
    void colourModeChangeRecoloursWithLegend() {
        viewModel.openSample();

        viewModel.preferences().colourModeProperty().set(ColourMode.HEIGHT);

        CloudColours colours = viewModel.coloursProperty().get();
        assertThat(colours.mode()).isEqualTo(ColourMode.HEIGHT);
        assertThat(colours.legend().title()).contains("height above the floor").contains("m, canonical");
        assertThat(colours.legend().ticks()).extracting(LegendTick::label).allMatch(l -> l.endsWith(" m"));
    }

    @Test
    void exportWritesPlyAndSceneJson(@TempDir Path dir) throws Exception {
        viewModel.openSample();

        viewModel.exportPly(dir.resolve("out/cloud.ply"));
        viewModel.exportSceneJson(dir.resolve("out/scene.json"));

        String header = new String(Files.readAllBytes(dir.resolve("out/cloud.ply")), 0, 200,
                java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(header).startsWith("ply\n").contains("canonical frame, metres")
                .contains("element vertex " + viewModel.sceneProperty().get().cloud().totalPoints());
        assertThat(Files.readString(dir.resolve("out/scene.json"))).contains("\"objects\"").contains("camera_height_m")
                .contains("\"timings_ms\"");
        assertThat(viewModel.notifications().items()).extracting(Notification::kind)
                .containsOnly(Notification.Kind.INFO);
    }

    @Test
    void exportIntoUnwritablePlaceNotifiesWithFile(@TempDir Path dir) throws Exception {
        viewModel.openSample();
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        viewModel.exportPly(file.resolve("cloud.ply"));

        assertThat(viewModel.notifications().lastError().message()).contains("a-file").contains("Choose a folder");
    }

    @Test
    void openDroppedImageAloneFindsDepthNextToIt(@TempDir Path dir) throws Exception {
        org.spatiallift.engine.sample.SampleSceneWriter.write(org.spatiallift.engine.sample.SampleScenes.builtIn(), dir);

        viewModel.openDropped(java.util.List.of(dir.resolve("rgb.png")));

        assertThat(viewModel.notifications().lastError()).isNull();
        assertThat(viewModel.sceneProperty().get().title()).isEqualTo("rgb.png");
        assertThat(viewModel.sceneProperty().get().objects()).extracting(ObjectMarker::name).contains("sofa");
        assertThat(viewModel.preferences().recentFiles()).extracting(OpenRequest::image)
                .containsExactly(dir.resolve("rgb.png"));
    }

    @Test
    void depthRangeThatCutsEverythingWarnsAndNamesTheStage() {
        viewModel.openSample();

        viewModel.pipeline().maxDepthMProperty().set("0.5");
        viewModel.applyParameters();

        assertThat(row("back_project").warnings()).singleElement().asString().startsWith("no pixel has depth in (0.00, 0.50] m");
        assertThat(row("floor").warnings()).singleElement().asString()
                .startsWith("no floor found: upright camera assumed");
        assertThat(viewModel.notifications().items()).extracting(Notification::kind).contains(Notification.Kind.WARNING);
        assertThat(viewModel.sceneProperty().get().frame().canonical()).isFalse();
    }

    private StageRow row(String key) {
        return viewModel.pipeline().stages().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    /** The sample scene written to {@code dir}/frame and a view model whose store holds a stand-in depth model. */
    private static MainViewModel withStandInDepthModel(Path dir) throws Exception {
        SampleSceneWriter.write(SampleScenes.builtIn(), dir.resolve("frame"));
        ModelStore store = new ModelStore(dir.resolve("models"));
        StandInModels.install(ModelManifests.resolve("depth-anything-v2-metric-indoor-small"), store,
                StandInModels.write(StandInModels.depth(518, 2f, 0.5f), dir.resolve("model.onnx")));
        SameThreadExecutor executor = new SameThreadExecutor();
        return new MainViewModel(executor, executor, new InMemoryPreferenceStore(), store);
    }
}
