package org.spatiallift.app.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;

import org.spatiallift.app.render.ScreenBox;
import org.spatiallift.app.viewmodel.ColourMode;
import org.spatiallift.app.viewmodel.LengthUnit;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.PointSize;

/**
 * The 3D view with its tool bar (colour mode, preset views, boxes, measure, points or voxels, point size, units) and
 * the colour legend. The tool bar fits one row from a 3D view about 700 px wide (a 1600 px window): short labels, their
 * meaning and keys in tooltips. {@link #figure} pictures the view with its labels, marks and legend (not the
 * notifications) for File › Save 3D view as PNG.
 */
final class CloudPane extends BorderPane {

    private static final double COLOUR_WIDTH_PX = 88;

    private final CloudView cloudView = new CloudView();
    private final LegendView legend = new LegendView();
    private final StackPane figure;
    private final StackPane centre;

    CloudPane(MainViewModel viewModel) {
        ChoiceBox<ColourMode> colour = new ChoiceBox<>();
        colour.setId("colour-mode");
        colour.getItems().setAll(ColourMode.values());
        colour.valueProperty().bindBidirectional(viewModel.preferences().colourModeProperty());
        ChoiceBox<LengthUnit> units = new ChoiceBox<>();
        units.setId("units");
        units.getItems().setAll(LengthUnit.values());
        units.valueProperty().bindBidirectional(viewModel.preferences().lengthUnitProperty());
        ToggleButton boxes = new ToggleButton("Boxes");
        boxes.setId("boxes");
        boxes.setSelected(true);
        boxes.setTooltip(new Tooltip("Show every object's box and name"));
        boxes.selectedProperty().addListener((o, a, on) -> cloudView.setBoxesVisible(on));
        ToggleButton measure = new ToggleButton("Measure");
        measure.setId("measure");
        measure.setTooltip(new Tooltip("Pick two points in 3D to measure the distance between them (M)"));
        measure.selectedProperty().bindBidirectional(viewModel.inspector().measuringProperty());
        colour.setTooltip(new Tooltip("Colour the points by"));
        colour.setPrefWidth(COLOUR_WIDTH_PX);
        ToggleButton voxels = new ToggleButton("Voxels");
        voxels.setId("show-voxels");
        voxels.setTooltip(new Tooltip("Show the voxel cloud instead of the points: the down-sampled cloud that planes and"
                + " the floor were fitted to (voxel size and count in the Pipeline tab)"));
        voxels.selectedProperty().bindBidirectional(viewModel.showVoxelsProperty());
        ChoiceBox<PointSize> size = new ChoiceBox<>();
        size.setId("point-size");
        size.getItems().setAll(PointSize.values());
        size.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PointSize s) {
                return s == null ? "" : "• " + s.label();
            }

            @Override
            public PointSize fromString(String s) {
                return PointSize.AUTO;
            }
        });
        size.setTooltip(new Tooltip("Point size: auto (each point's size in metres, seen from here: 1–4 px), or fixed"
                + " pixels"));
        size.valueProperty().bindBidirectional(viewModel.preferences().pointSizeProperty());
        size.valueProperty().addListener((o, a, s) -> cloudView.setPointSizePx(s == null ? 0 : s.px()));
        cloudView.setPointSizePx(size.getValue() == null ? 0 : size.getValue().px());
        units.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LengthUnit u) {
                return u == LengthUnit.METRES_AND_FEET ? "m+ft" : "m";
            }

            @Override
            public LengthUnit fromString(String s) {
                return "m".equals(s) ? LengthUnit.METRES : LengthUnit.METRES_AND_FEET;
            }
        });
        units.setTooltip(new Tooltip("Units of lengths"));
        FlowPane bar = new FlowPane(3, 4, colour,
                button("Camera", "1", cloudView::cameraView), button("Top", "2", cloudView::topView),
                button("Front", "3", cloudView::frontView), button("Side", "4", cloudView::sideView),
                button("Reset", "R; F frames every point, stray ones too", cloudView::resetView), boxes, measure,
                voxels, size, units);
        bar.setId("cloud-toolbar");
        bar.getStyleClass().add("cloud-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setTop(bar);
        figure = new StackPane(cloudView, legend);
        centre = new StackPane(figure);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(8));
        legend.getStyleClass().add("legend-dark");
        setCenter(centre);
        legend.boundsInParentProperty().addListener((o, a, b) -> keepLabelsClearOfLegend());
        legend.visibleProperty().addListener((o, a, b) -> keepLabelsClearOfLegend());
        viewModel.coloursProperty().addListener((obs, old, c) -> legend.show(c == null ? null : c.legend()));
    }

    /** Puts {@code overlay} over the 3D view, in its top-right corner (notifications). */
    void addTopRight(javafx.scene.Node overlay) {
        centre.getChildren().add(overlay);
        StackPane.setAlignment(overlay, Pos.TOP_RIGHT);
        StackPane.setMargin(overlay, new Insets(8));
    }

    /** The 3D view's labels stay off the legend (both lie at the centre's origin, so its bounds are the view's). */
    private void keepLabelsClearOfLegend() {
        javafx.geometry.Bounds b = legend.getBoundsInParent();
        cloudView.keepLabelsClearOf(legend.isVisible() ? java.util.List.of(
                new ScreenBox(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())) : java.util.List.of());
    }

    /**
     * The 3D view as it is on screen, with its labels, leader lines, measurements and legend, {@code scale} times its
     * size on screen: the frame drawn at that scale, the text and legend scaled as vectors.
     */
    WritableImage figure(int scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setViewport(new Rectangle2D(0, 0, scale * Math.round(figure.getWidth()), scale * Math.round(figure.getHeight())));
        return cloudView.drawnAt(scale, () -> figure.snapshot(p, null));
    }

    CloudView cloudView() {
        return cloudView;
    }

    private static Button button(String text, String key, Runnable action) {
        Button b = new Button(text);
        b.setId("view-" + text.toLowerCase());
        b.setTooltip(new Tooltip(text + " view (" + key + ")"));
        b.setOnAction(e -> action.run());
        return b;
    }
}
