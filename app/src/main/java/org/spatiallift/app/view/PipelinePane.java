package org.spatiallift.app.view;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.PipelineViewModel;
import org.spatiallift.app.viewmodel.StageRow;

/**
 * The pipeline panel: each stage with its state, time, parameters, warnings and notes (scrolling), and below them, always
 * in view, the parameters the user can change; applying them reruns only the stages that depend on them.
 */
final class PipelinePane extends BorderPane {

    private static final String VOXEL_KEY = "voxel";
    private final VBox stages = new VBox(4);
    /** How many voxels the later stages used, under the down-sampling stage. */
    private final Label voxelCount = new Label();

    PipelinePane(MainViewModel viewModel) {
        PipelineViewModel pipeline = viewModel.pipeline();
        stages.setId("pipeline-stages");
        voxelCount.setId("voxel-count");
        voxelCount.getStyleClass().add("note");
        voxelCount.setWrapText(true);
        voxelCount.textProperty().bind(pipeline.voxelCountProperty());
        voxelCount.setTooltip(new javafx.scene.control.Tooltip("Planes and the floor were fitted to these voxels; the"
                + " Voxels button above the 3D view shows them"));
        pipeline.stages().addListener((javafx.collections.ListChangeListener<StageRow>) c -> rebuild(pipeline));
        rebuild(pipeline);
        Label summary = new Label();
        summary.setId("pipeline-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("note");
        summary.textProperty().bind(pipeline.summaryProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        addField(form, 0, "Voxel size (m)", "param-voxel", pipeline.voxelMProperty(), viewModel);
        addField(form, 1, "RANSAC threshold (m)", "param-ransac", pipeline.ransacThresholdMProperty(), viewModel);
        addField(form, 2, "Min depth (m, exclusive)", "param-min-depth", pipeline.minDepthMProperty(), viewModel);
        addField(form, 3, "Max depth (m)", "param-max-depth", pipeline.maxDepthMProperty(), viewModel);
        Button apply = FullText.whenElided(new Button("Apply — rerun affected stages"));
        apply.setId("param-apply");
        apply.setOnAction(e -> viewModel.applyParameters());
        apply.disableProperty().bind(viewModel.busyProperty());
        Label header = new Label("Parameters");
        header.getStyleClass().add("section");
        Label stagesHeader = new Label("Stages");
        stagesHeader.getStyleClass().add("section");
        VBox box = new VBox(6, stagesHeader, stages, summary);
        box.setPadding(new Insets(6));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        VBox parameters = new VBox(6, header, form, apply);
        parameters.setPadding(new Insets(6));
        setCenter(scroll);
        setBottom(parameters);
    }

    private static void addField(GridPane form, int row, String label, String id, StringProperty value,
                                 MainViewModel viewModel) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(7);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> viewModel.applyParameters());
        form.addRow(row, FullText.whenElided(new Label(label)), field);
    }

    private void rebuild(PipelineViewModel pipeline) {
        stages.getChildren().clear();
        for (StageRow r : pipeline.stages()) {
            Label state = new Label(symbol(r.state()));
            state.getStyleClass().addAll("stage-state", "stage-" + r.state().name().toLowerCase());
            state.setMinWidth(16);
            // the name keeps its width; a long time ("not run: objects from the label map") wraps under it
            Label name = FullText.whenElided(new Label(r.label()));
            name.getStyleClass().add("stage-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label time = FullText.whenElided(new Label(r.time()));
            time.setId("stage-time-" + r.key());
            time.getStyleClass().add("stage-time");
            time.setWrapText(true);
            time.setTextAlignment(TextAlignment.RIGHT);
            HBox line = new HBox(6, state, name, spacer(), time);
            VBox row = new VBox(1, line);
            row.setId("stage-" + r.key());
            row.setUserData(r);
            if (!r.parameters().isEmpty()) {
                Label p = new Label(r.parameters());
                p.getStyleClass().add("note");
                p.setWrapText(true);
                row.getChildren().add(p);
            }
            if (r.key().equals(VOXEL_KEY)) {
                row.getChildren().add(voxelCount);
            }
            for (String n : r.notes()) {
                Label l = new Label("✓ " + n);
                l.getStyleClass().add("info");
                l.setWrapText(true);
                row.getChildren().add(l);
            }
            for (String w : r.warnings()) {
                Label l = new Label("⚠ " + w);
                l.getStyleClass().add("warning");
                l.setWrapText(true);
                row.getChildren().add(l);
            }
            stages.getChildren().add(row);
        }
    }

    private static HBox spacer() {
        HBox s = new HBox();
        HBox.setHgrow(s, Priority.ALWAYS);
        return s;
    }

    private static String symbol(StageRow.State s) {
        return switch (s) {
            case WAITING -> "○";
            case RUNNING -> "▶";
            case DONE -> "✓";
            case REUSED -> "↺";
            case SKIPPED -> "–";
        };
    }
}
