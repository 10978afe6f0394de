package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

/**
 * Cancel stops a lift at once for the user, whatever the worker is doing (a model load cannot be interrupted: its
 * result is dropped), the scene on show stays and a notification says so; the progress bar follows the stages.
 */
class LiftCancelAndProgressTest {

    private ManualExecutor executor;
    private MainViewModel viewModel;

    @BeforeEach
    void setUp(@TempDir Path models) {
        executor = new ManualExecutor();
        viewModel = new MainViewModel(executor, executor, new InMemoryPreferenceStore(), new ModelStore(models));
    }

    @Test
    void cancelWhileWorkerIsBusyEndsTheLiftAtOnceAndDropsItsLateResult() {
        viewModel.openSample();
        executor.runNext();
        SceneSnapshot before = viewModel.sceneProperty().get();
        assertThat(before).isNotNull();
        List<StageRow> rowsBefore = List.copyOf(viewModel.pipeline().stages());
        viewModel.open(new OpenRequest(SharedData.rgbd("other_formats/TUM_color.png"),
                SharedData.rgbd("other_formats/TUM_depth.png"), null, null, null, null, null));
        assertThat(viewModel.busyProperty().get()).isTrue();

        viewModel.cancel();

        assertThat(viewModel.busyProperty().get()).as("busy right after Cancel").isFalse();
        assertThat(viewModel.statusProperty().get()).startsWith("Cancelled");
        assertThat(viewModel.notifications().items()).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.INFO);
            assertThat(n.title()).isEqualTo("Lift cancelled");
            assertThat(n.message()).contains("TUM_color.png").contains("the scene on show stays");
        });
        assertThat(viewModel.pipeline().stages()).containsExactlyElementsOf(rowsBefore);
        assertThat(viewModel.pipeline().progressProperty().get()).isEqualTo(1.0);

        executor.runNext(); // the worker gets to the lift late (as after an uninterruptible model load)

        assertThat(viewModel.sceneProperty().get()).isSameAs(before);
        assertThat(viewModel.notifications().lastError()).isNull();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.pipeline().stages()).containsExactlyElementsOf(rowsBefore);
    }

    @Test
    void cancelledLiftStopsInsideTheWorkAtItsNextCheck() {
        List<String> reached = new ArrayList<>();
        viewModel.openSample();
        viewModel.pipeline().progressProperty().addListener((obs, old, v) -> {
            reached.add(String.valueOf(v));
            if (viewModel.busyProperty().get()) {
                viewModel.cancel();
            }
        });

        executor.runNext();

        assertThat(reached).as("the lift went no further than its first report").hasSizeLessThanOrEqualTo(2);
        assertThat(viewModel.sceneProperty().get()).isNull();
        assertThat(viewModel.notifications().lastError()).isNull();
    }

    @Test
    void progressFollowsTheStagesAndMovesInsideTheMasksStage() {
        ModelStore store = new ModelStore(TestModels.detector().folder().getParent());
        ManualExecutor manual = new ManualExecutor();
        MainViewModel withDetector = new MainViewModel(manual, manual, new InMemoryPreferenceStore(), store);
        List<Double> values = new ArrayList<>();
        List<String> masksRow = new ArrayList<>();
        withDetector.pipeline().progressProperty().addListener((obs, old, v) -> {
            values.add(v.doubleValue());
            withDetector.pipeline().stages().stream().filter(r -> r.key().equals("masks")).findFirst()
                    .ifPresent(r -> masksRow.add(r.state() + "@" + v));
        });
        withDetector.open(new OpenRequest(SharedData.rgbd("other_formats/TUM_color.png"),
                SharedData.rgbd("other_formats/TUM_depth.png"), null, null, "525,525,319.5,239.5", null, null));
        assertThat(withDetector.pipeline().stages().get(0).state()).as("decoding runs first")
                .isEqualTo(StageRow.State.RUNNING);

        manual.runNext();

        assertThat(withDetector.sceneProperty().get()).as("%s", withDetector.notifications().lastError()).isNotNull();
        assertThat(values).as("never goes back").isSorted();
        assertThat(values).last().isEqualTo(1.0);
        assertThat(masksRow).as("the bar moves while the masks stage runs")
                .filteredOn(s -> s.startsWith("RUNNING")).hasSizeGreaterThanOrEqualTo(2);
    }
}
