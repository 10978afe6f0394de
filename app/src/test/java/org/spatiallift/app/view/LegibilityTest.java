package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.app.task.FxTaskExecutor;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.OpenRequest;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at 1280 × 800 on the sample scene: no text cut without a tooltip of it, selected rows readable, the
 * title names the scene, Open recent shows file names as they are, the split keeps its proportions.
 */
@ExtendWith(ApplicationExtension.class)
class LegibilityTest {

    private MainViewModel viewModel;
    private MainView view;
    private Stage stage;
    private Path recentImage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("spatiallift-legibility");
        recentImage = Files.write(dir.resolve("TUM_color.png"), new byte[] {1});
        FxTaskExecutor executor = new FxTaskExecutor();
        viewModel = new MainViewModel(executor, executor, new InMemoryPreferenceStore(),
                new ModelStore(Files.createDirectories(dir.resolve("models"))));
        viewModel.preferences().addRecent(OpenRequest.of(recentImage, dir.resolve("TUM_depth.png")));
        view = new MainView(viewModel, stage);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        viewModel.openSample();
    }

    @Test
    void cutTextInThePanesHasItsWholeTextInATooltipAt1280x800(FxRobot robot) throws Exception {
        waitForScene();
        for (String tab : new String[] {"pipeline", "objects", "qa"}) {
            robot.interact(() -> view.showSideTab(tab));
            WaitForAsyncUtils.waitForFxEvents(5);
            if (tab.equals("qa")) {
                robot.interact(() -> view.qaPane().table().getSelectionModel().select(0));
                WaitForAsyncUtils.waitForFxEvents(5);
            }
            assertThat(Legibility.cutWithoutFullTooltip(view.sidePanel())).as(tab + " tab").isEmpty();
        }
        assertThat(Legibility.cutWithoutFullTooltip(view.imagePane())).as("2D view").isEmpty();
        assertThat(Legibility.cutWithoutFullTooltip(view.getBottom())).as("status bar").isEmpty();

        browseSharedFolder(robot);
        assertThat(Legibility.cutWithoutFullTooltip(view.sidePanel())).as("folder tab").isEmpty();
    }

    @Test
    void pipelineStageNamesAreNeverCut(FxRobot robot) throws Exception {
        waitForScene();
        robot.interact(() -> view.showSideTab("pipeline"));
        WaitForAsyncUtils.waitForFxEvents(5);

        for (String name : new String[] {"Object detection", "Masks", "Voxel down-sampling", "Scene filter"}) {
            Labeled l = robot.lookup(".stage-name").match((Labeled x) -> name.equals(x.getText())).queryLabeled();
            assertThat(Legibility.drawnText(l)).as(name).isEqualTo(name);
        }
    }

    @Test
    void acceptedSceneFilterVerdictIsInformationNotAWarning(FxRobot robot) throws Exception {
        waitForScene();
        robot.interact(() -> view.showSideTab("pipeline"));
        WaitForAsyncUtils.waitForFxEvents(5);

        Node row = robot.lookup("#stage-scene_filter").query();
        assertThat(robot.from(row).lookup(".warning").queryAll()).isEmpty();
        Label info = robot.from(row).lookup(".info").queryAs(Label.class);
        assertThat(info.getText()).startsWith("✓ scene filter (rules): accepted: ").doesNotContain("⚠");
    }

    @Test
    void selectedRowsDrawSecondaryTextInTheSelectedTextColour(FxRobot robot) throws Exception {
        waitForScene();
        robot.interact(() -> view.showSideTab("objects"));
        ListView<?> objects = robot.lookup("#object-list").queryAs(ListView.class);
        robot.interact(() -> {
            objects.requestFocus();
            objects.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertSelectedNotesReadable(robot, objects, "objects list, focused");
        robot.interact(() -> view.imagePane().requestFocus());
        WaitForAsyncUtils.waitForFxEvents(5);
        assertSelectedNotesReadable(robot, objects, "objects list, not focused");

        browseSharedFolder(robot);
        ListView<?> folder = robot.lookup("#folder-list").queryAs(ListView.class);
        robot.interact(() -> {
            folder.requestFocus();
            folder.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertSelectedNotesReadable(robot, folder, "folder list, focused");
    }

    @Test
    void windowTitleNamesTheSceneOnShow() throws Exception {
        waitForScene();

        assertThat(stage.getTitle()).isEqualTo("SpatialLift — " + viewModel.sceneProperty().get().title())
                .isEqualTo("SpatialLift — Sample scene");
    }

    @Test
    void openRecentShowsFileNamesWithTheirUnderscores(FxRobot robot) throws Exception {
        waitForScene();
        robot.clickOn("File");
        robot.moveTo("Open recent");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".menu-item .label")
                .match((Labeled l) -> l.getText() != null && l.getText().startsWith("TUM_color.png")).tryQuery()
                .isPresent());

        Labeled item = robot.lookup(".menu-item .label")
                .match((Labeled l) -> l.getText() != null && l.getText().startsWith("TUM_color.png")).queryLabeled();
        assertThat(Legibility.drawnText(item)).startsWith("TUM_color.png + TUM_depth.png");
        robot.push(javafx.scene.input.KeyCode.ESCAPE).push(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void splitKeepsItsProportionsAfterTheWindowShrinksAndGrows(FxRobot robot) throws Exception {
        waitForScene();
        SplitPane split = robot.lookup("#main-split").queryAs(SplitPane.class);
        double[] before = split.getDividerPositions().clone();

        for (double width : new double[] {760, 1600, 1280}) {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents(5);
        }

        assertThat(split.getDividerPositions()[0]).isCloseTo(before[0], within(0.005));
        assertThat(split.getDividerPositions()[1]).isCloseTo(before[1], within(0.005));
    }

    @Test
    void modelsWindowAt1280HasNoCutTextWithoutTooltipAndDisabledButtonsLookDisabled(FxRobot robot) throws Exception {
        robot.clickOn("Models");
        robot.clickOn("Models…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#models-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#models-table").queryAs(TableView.class);
        Stage models = (Stage) table.getScene().getWindow();
        robot.interact(() -> {
            models.setWidth(1280);
            models.setHeight(600);
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents(5);

        assertThat(Legibility.cutWithoutFullTooltip(table.getScene().getRoot())).isEmpty();
        TableRow<?> row = robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.isSelected() && !r.isEmpty()).query();
        List<Button> buttons = robot.from(row).lookup(".button").queryAllAs(Button.class).stream().toList();
        assertThat(buttons).anyMatch(Button::isDisabled).anyMatch(b -> !b.isDisabled());
        for (Button b : buttons) {
            if (b.isDisabled()) {
                assertThat(b.getOpacity()).as(b.getText() + " faded").isLessThanOrEqualTo(0.5);
                assertThat(hasBody(b)).as(b.getText() + " drawn without a button body").isFalse();
            } else {
                assertThat(hasBody(b)).as(b.getText() + " drawn as a button").isTrue();
            }
        }
    }

    /** Whether a button has an opaque fill (Modena's body), as an enabled one has. */
    private static boolean hasBody(Button b) {
        return b.getBackground() != null && b.getBackground().getFills().stream()
                .anyMatch(f -> !(f.getFill() instanceof Color c) || c.getOpacity() > 0.5);
    }

    private void assertSelectedNotesReadable(FxRobot robot, ListView<?> list, String what) {
        ListCell<?> cell = robot.from(list).lookup(".list-cell")
                .match((ListCell<?> c) -> c.isSelected() && !c.isEmpty()).query();
        Color background = Legibility.backgroundOf(cell);
        for (Label note : robot.from(cell).lookup(".note").queryAllAs(Label.class)) {
            if (!note.isVisible() || note.getText() == null || note.getText().isEmpty()) {
                continue;
            }
            Color text = (Color) note.getTextFill();
            assertThat(text).as(what + ": '" + note.getText() + "' in the selected text colour")
                    .isEqualTo(cell.getTextFill());
            assertThat(Legibility.contrast(text, background)).as(what + ": '" + note.getText() + "' " + text + " on "
                    + background).isGreaterThanOrEqualTo(4.5);
        }
    }

    private void browseSharedFolder(FxRobot robot) throws Exception {
        Path folder = SharedData.rgbd().resolve("color");
        robot.interact(() -> {
            view.showSideTab("folder");
            viewModel.folder().browse(folder);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !viewModel.folder().entries().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private void waitForScene() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(5);
    }
}
