package org.spatiallift.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.spatiallift.app.viewmodel.OpenRequest;

/** Asks for an image, its depth file and how to read the depth; returns what was typed, unvalidated. */
final class OpenDialog {

    static final String AUTO = "auto";
    private static final String[] FORMATS = {AUTO, "png16", "tum", "sun", "nyu-raw", "kitti", "npy", "pfm"};

    private OpenDialog() {
    }

    static Optional<OpenRequest> ask(Window owner, Path lastFolder) {
        return ask(owner, lastFolder, null);
    }

    /** As {@link #ask(Window, Path)}, with {@code image} (or nothing, when null) filled in. */
    static Optional<OpenRequest> ask(Window owner, Path lastFolder, Path imageFile) {
        Dialog<OpenRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open image and depth");
        TextField image = new TextField(imageFile == null ? "" : imageFile.toString());
        image.setId("open-image");
        TextField depth = new TextField();
        depth.setId("open-depth");
        ChoiceBox<String> format = new ChoiceBox<>();
        format.getItems().setAll(FORMATS);
        format.setValue(AUTO);
        TextField scale = new TextField();
        scale.setPromptText("format default");
        TextField intrinsics = new TextField();
        intrinsics.setId("open-intrinsics");
        intrinsics.setPromptText("fx,fy,cx,cy in pixels (empty: EXIF or 60° default)");
        TextField labels = new TextField();
        labels.setPromptText("optional instance label map (16-bit PNG)");
        TextField names = new TextField();
        names.setPromptText("optional names of the label ids (id name per line)");
        TextField objects = new TextField();
        objects.setPromptText("optional annotated 3D boxes, camera frame (objects.json): objects from annotations");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        File start = lastFolder == null || !lastFolder.toFile().isDirectory() ? null : lastFolder.toFile();
        grid.addRow(0, new Label("Image"), image, browse(owner, start, image, "Image", "*.jpg", "*.jpeg", "*.png", "*.bmp", "*.ppm"));
        grid.addRow(1, new Label("Depth"), depth, browse(owner, start, depth, "Depth", "*.png", "*.npy", "*.pfm", "*.pgm"));
        grid.addRow(2, new Label("Depth format"), format);
        grid.addRow(3, new Label("Depth scale (units per metre)"), scale);
        grid.addRow(4, new Label("Intrinsics"), intrinsics);
        grid.addRow(5, new Label("Labels"), labels, browse(owner, start, labels, "Label map", "*.png"));
        grid.addRow(6, new Label("Names"), names, browse(owner, start, names, "Names", "*.txt"));
        grid.addRow(7, new Label("Annotated objects"), objects, browse(owner, start, objects, "Annotated objects",
                "*.json"));
        image.setPrefColumnCount(40);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(image.textProperty().isEmpty());
        dialog.setResultConverter(b -> b != ButtonType.OK ? null : toRequest(image.getText(), depth.getText(),
                format.getValue(), scale.getText(), intrinsics.getText(), labels.getText(), names.getText(),
                objects.getText()));
        return dialog.showAndWait();
    }

    /**
     * The request for what was typed: blanks are "not given"; format {@value #AUTO} leaves the format to the engine's
     * rule (a TUM_/SUN_/NYU_ prefix, else the extension), as a drop or the Folder tab do.
     */
    static OpenRequest toRequest(String image, String depth, String format, String scale, String intrinsics,
                                 String labels, String names) {
        return toRequest(image, depth, format, scale, intrinsics, labels, names, "");
    }

    /** As above, with annotated objects (3D boxes in the camera frame, docs/ground-truth-format.md), blank for none. */
    static OpenRequest toRequest(String image, String depth, String format, String scale, String intrinsics,
                                 String labels, String names, String objects) {
        return new OpenRequest(Path.of(image.trim()), pathOrNull(depth), AUTO.equals(format) ? null : format,
                blankToNull(scale), blankToNull(intrinsics), pathOrNull(labels), pathOrNull(names),
                pathOrNull(objects));
    }

    private static Button browse(Window owner, File start, TextField target, String what, String... patterns) {
        Button b = new Button("Browse…");
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose the " + what.toLowerCase() + " file");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what + " files", patterns));
            File current = target.getText().isBlank() ? null : new File(target.getText().trim()).getParentFile();
            chooser.setInitialDirectory(current != null && current.isDirectory() ? current : start);
            File f = chooser.showOpenDialog(owner);
            if (f != null) {
                target.setText(f.getAbsolutePath());
            }
        });
        return b;
    }

    private static Path pathOrNull(String s) {
        return s == null || s.isBlank() ? null : Path.of(s.trim());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
