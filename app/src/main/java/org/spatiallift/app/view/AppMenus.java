package org.spatiallift.app.view;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.spatiallift.app.viewmodel.ColourMode;
import org.spatiallift.app.viewmodel.LengthUnit;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.NotificationAction;
import org.spatiallift.app.viewmodel.OpenRequest;

/**
 * The menu bar: opening (dialog, folder, recent, sample), the project file, saving and exporting (accepted QA too),
 * the view's modes and presets, and the Models window.
 */
final class AppMenus {

    static final int MAX_FIGURE_SCALE = 3;

    private final MainViewModel viewModel;
    private final Stage stage;
    private final CloudView cloudView;
    private final IntFunction<WritableImage> figure;
    private final Runnable showFolderTab;
    private ModelsDialog modelsDialog;

    /** {@code figure}: the 3D view with its labels and legend at a scale (File › Save 3D view as PNG). */
    AppMenus(MainViewModel viewModel, Stage stage, CloudView cloudView, IntFunction<WritableImage> figure,
             Runnable showFolderTab) {
        this.viewModel = viewModel;
        this.stage = stage;
        this.cloudView = cloudView;
        this.figure = figure;
        this.showFolderTab = showFolderTab;
    }

    MenuBar build() {
        return new MenuBar(file(), view(), models());
    }

    private Menu file() {
        MenuItem open = item("Open image and depth…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> OpenDialog.ask(stage, viewModel.preferences().lastFolderProperty().get()).ifPresent(viewModel::open));
        MenuItem folder = item("Open folder…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> {
                    showFolderTab.run();
                    FolderPane.chooseFolder(viewModel, stage);
                });
        Menu recent = new Menu("Open recent");
        viewModel.preferences().recentFiles().addListener((ListChangeListener<OpenRequest>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem sample = item("Open sample scene", null, viewModel::openSample);
        MenuItem png = item("Save 3D view as PNG…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                this::saveScreenshot);
        MenuItem ply = item("Export cloud as PLY…", null,
                () -> save("Export the point cloud", "cloud.ply", "PLY", "*.ply").ifPresent(viewModel::exportPly));
        MenuItem json = item("Export scene as JSON…", null,
                () -> save("Export the scene", "scene.json", "JSON", "*.json").ifPresent(viewModel::exportSceneJson));
        Menu units = new Menu("Units");
        ToggleGroup unitGroup = new ToggleGroup();
        for (LengthUnit u : LengthUnit.values()) {
            RadioMenuItem r = new RadioMenuItem(u.label());
            r.setToggleGroup(unitGroup);
            r.setSelected(viewModel.preferences().lengthUnitProperty().get() == u);
            r.setOnAction(e -> viewModel.preferences().lengthUnitProperty().set(u));
            viewModel.preferences().lengthUnitProperty().addListener((o, a, now) -> r.setSelected(now == u));
            units.getItems().add(r);
        }
        MenuItem project = item("Open project…", null, () -> chooseProject(false));
        MenuItem newProject = item("New project…", null, () -> chooseProject(true));
        MenuItem exportQa = item("Export accepted QA…", null, this::exportAcceptedQa);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        return new Menu("File", null, open, folder, recent, sample, new SeparatorMenuItem(), project, newProject,
                new SeparatorMenuItem(), png, ply, json, exportQa, new SeparatorMenuItem(), units,
                new SeparatorMenuItem(), quit);
    }

    private Menu view() {
        Menu colour = new Menu("Colour points by");
        ToggleGroup group = new ToggleGroup();
        for (ColourMode m : ColourMode.values()) {
            RadioMenuItem r = new RadioMenuItem(m.label());
            r.setToggleGroup(group);
            r.setSelected(viewModel.preferences().colourModeProperty().get() == m);
            r.setOnAction(e -> viewModel.preferences().colourModeProperty().set(m));
            viewModel.preferences().colourModeProperty().addListener((o, a, now) -> r.setSelected(now == m));
            colour.getItems().add(r);
        }
        CheckMenuItem measure = new CheckMenuItem("Measure");
        measure.setAccelerator(key(KeyCode.M));
        measure.selectedProperty().bindBidirectional(viewModel.inspector().measuringProperty());
        return new Menu("View", null, colour, new SeparatorMenuItem(),
                item("Camera view", key(KeyCode.DIGIT1), cloudView::cameraView),
                item("Top view", key(KeyCode.DIGIT2), cloudView::topView),
                item("Front view", key(KeyCode.DIGIT3), cloudView::frontView),
                item("Side view", key(KeyCode.DIGIT4), cloudView::sideView),
                item("Reset 3D view", key(KeyCode.R), cloudView::resetView),
                item("Frame whole cloud (stray points too)", key(KeyCode.F), cloudView::frameWholeCloud),
                new SeparatorMenuItem(), measure,
                item("Clear measurement and selection", key(KeyCode.ESCAPE), () -> {
                    viewModel.inspector().clearMeasurement();
                    viewModel.objects().clearSelection();
                }));
    }

    /**
     * A key without modifiers as a window-wide accelerator of the 3D view. JavaFX tries accelerators only after the
     * focused node had the key press, and text inputs consume the presses of what they type, so typing "2" into a
     * parameter field types 2 (ViewKeysTest).
     */
    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private Menu models() {
        MenuItem manage = item("Models…", null, this::showModels);
        manage.setId("menu-models");
        return new Menu("Models", null, manage);
    }

    /** Carries out a notification's action: opens the window it names. */
    void perform(NotificationAction action) {
        switch (action.command()) {
            case OPEN_MODELS -> showModels();
            case OPEN_FILES -> OpenDialog.ask(stage, viewModel.preferences().lastFolderProperty().get(), action.image())
                    .ifPresent(viewModel::open);
        }
    }

    private void showModels() {
        if (modelsDialog == null) {
            modelsDialog = new ModelsDialog(viewModel.models(), viewModel.notifications(), stage);
        }
        modelsDialog.show();
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (OpenRequest r : viewModel.preferences().recentFiles()) {
            String depth = r.depth() == null ? "" : " + " + r.depth().getFileName();
            MenuItem file = item(r.image().getFileName() + depth + "  (" + r.image().toAbsolutePath().getParent()
                    + ")", null, () -> viewModel.open(r));
            file.setMnemonicParsing(false); // "TUM_color.png", not "TUMcolor.png" with an underlined c
            recent.getItems().add(file);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().addAll(new SeparatorMenuItem(),
                    item("Clear recent files", null, viewModel.preferences()::clearRecent));
        }
    }

    /** Asks for the scale (1×, 2× or 3× the size on screen), then for the file, and saves the view as it looks. */
    private void saveScreenshot() {
        List<String> choices = new ArrayList<>();
        for (int s = 1; s <= MAX_FIGURE_SCALE; s++) {
            choices.add(s + "× (" + s * Math.round(cloudView.getWidth()) + " × " + s * Math.round(cloudView.getHeight())
                    + " px)");
        }
        ChoiceDialog<String> scale = new ChoiceDialog<>(choices.get(0), choices);
        scale.setTitle("Save 3D view as PNG");
        scale.setHeaderText("The 3D view as shown, with its labels, measurements and legend");
        scale.setContentText("Size");
        scale.initOwner(stage);
        scale.showAndWait().ifPresent(choice -> saveScreenshot(choices.indexOf(choice) + 1));
    }

    private void saveScreenshot(int scale) {
        save("Save the 3D view", "view3d.png", "PNG image", "*.png").ifPresent(file -> {
            try {
                ScreenshotWriter.write(figure.apply(scale), file);
                viewModel.notifications().info("Saved the 3D view", file.toString());
            } catch (IOException e) {
                viewModel.notifications().error("Could not save the 3D view", file + ": " + e.getMessage()
                        + ". Choose a folder you can write to");
            }
        });
    }

    /** Opens an existing project file, or names a new one; the QA decisions go there from then on. */
    private void chooseProject(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(create ? "New SpatialLift project" : "Open a SpatialLift project");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("SpatialLift project", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = viewModel.qa().projectFileProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        if (create) {
            chooser.setInitialFileName("project.spatiallift.db");
        }
        File f = create ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        if (f != null && create) {
            viewModel.qa().newProject(f.toPath());
        } else if (f != null) {
            viewModel.qa().openProject(f.toPath());
        }
    }

    /** Asks for the format, then for an empty folder, and writes the accepted QA there. */
    private void exportAcceptedQa() {
        ChoiceDialog<String> format = new ChoiceDialog<>("llava", viewModel.qa().exportFormats());
        format.setTitle("Export accepted QA");
        format.setHeaderText("Only accepted QA are written, with their edits");
        format.setContentText("Format");
        format.initOwner(stage);
        format.showAndWait().ifPresent(key -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose an empty folder for the " + key + " dataset");
            Path last = viewModel.preferences().lastFolderProperty().get();
            if (last != null && last.toFile().isDirectory()) {
                chooser.setInitialDirectory(last.toFile());
            }
            File dir = chooser.showDialog(stage);
            if (dir != null) {
                viewModel.qa().exportAccepted(dir.toPath(), key);
            }
        });
    }

    private java.util.Optional<Path> save(String title, String name, String what, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        Path last = viewModel.preferences().lastFolderProperty().get();
        if (last != null && last.toFile().isDirectory()) {
            chooser.setInitialDirectory(last.toFile());
        }
        File f = chooser.showSaveDialog(stage);
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(accelerator);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
