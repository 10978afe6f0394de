package org.spatiallift.app.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import org.spatiallift.app.viewmodel.Caption;
import org.spatiallift.app.viewmodel.ImageLayers;
import org.spatiallift.app.viewmodel.ImagePixels;
import org.spatiallift.app.viewmodel.InspectorViewModel;
import org.spatiallift.app.viewmodel.OverlaySegment;

/**
 * The 2D view: layers over the image (RGB, depth heat map with its legend, instance masks with captions, floor-plane
 * inliers, missing depth, the selected object or QA's objects, and what a QA measured), each toggled by a check box. The wheel zooms about the mouse, a drag
 * pans, a double click fits the image; hovering tells the inspector which pixel is under the mouse.
 */
final class ImagePane extends BorderPane {

    private final InspectorViewModel inspector;
    private final Map<String, ImageView> layers = new LinkedHashMap<>();
    private final Map<String, CheckBox> toggles = new LinkedHashMap<>();
    private final ImageView selection = new ImageView();
    private final Group captions = new Group();
    private final Group qaMarks = new Group();
    private List<OverlaySegment> qaSegments = List.of();
    private final Group content = new Group();
    private final Pane viewport = new Pane(content);
    private final Scale zoom = new Scale(1, 1);
    private final Translate offset = new Translate();
    private final LegendView legend = new LegendView();
    private final Label floorNote = new Label();
    private ImageLayers shown;
    private double lastX;
    private double lastY;
    private boolean userMoved;

    ImagePane(InspectorViewModel inspector) {
        this.inspector = inspector;
        for (String name : List.of("RGB", "Depth", "Masks", "Floor", "Missing depth")) {
            ImageView v = new ImageView();
            v.setSmooth(false);
            layers.put(name, v);
            CheckBox box = new CheckBox(name);
            box.setId("layer-" + name.toLowerCase().replace(' ', '-'));
            box.setSelected(name.equals("RGB") || name.equals("Masks"));
            v.visibleProperty().bind(box.selectedProperty());
            toggles.put(name, box);
        }
        captions.visibleProperty().bind(toggles.get("Masks").selectedProperty());
        selection.setSmooth(false);
        content.getChildren().addAll(layers.values());
        qaMarks.setMouseTransparent(true);
        content.getChildren().addAll(selection, captions, qaMarks);
        content.getTransforms().addAll(offset, zoom);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setMinSize(120, 120);
        viewport.setStyle("-fx-background-color: #202226;");
        toggles.get("Depth").selectedProperty().addListener((o, a, on) -> showLegend());
        floorNote.getStyleClass().add("note");
        floorNote.setWrapText(true);
        FullText.whenElided(floorNote);
        FlowPane bar = new FlowPane(10, 4);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getChildren().addAll(toggles.values());
        Button fit = new Button("Fit");
        fit.setOnAction(e -> fit());
        bar.getChildren().add(fit);
        setTop(bar);
        StackPane centre = new StackPane(viewport, legend);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(6));
        setCenter(centre);
        setBottom(floorNote);
        BorderPane.setMargin(floorNote, new Insets(2, 8, 2, 8));
        installControls();
        viewport.widthProperty().addListener((o, a, b) -> fitIfNew());
        viewport.heightProperty().addListener((o, a, b) -> fitIfNew());
    }

    void show(ImageLayers l) {
        boolean sameSize = shown != null && shown.width() == l.width() && shown.height() == l.height();
        shown = l;
        layers.get("RGB").setImage(image(l.rgb()));
        layers.get("Depth").setImage(image(l.depth()));
        layers.get("Masks").setImage(image(l.masks()));
        layers.get("Floor").setImage(image(l.floor()));
        layers.get("Missing depth").setImage(image(l.missing()));
        toggles.get("Floor").setTooltip(new Tooltip(l.floorDescription()));
        floorNote.setText("Floor layer: " + l.floorDescription() + " · masks: stripes mark mask pixels an object dropped");
        List<Label> labels = new ArrayList<>();
        for (Caption c : l.captions()) {
            Label label = new Label(c.text());
            label.getStyleClass().add("caption");
            label.setStyle("-fx-background-color: " + web(c.rgb()) + "cc;");
            label.setManaged(false);
            label.setUserData(c);
            labels.add(label);
        }
        captions.getChildren().setAll(labels);
        placeCaptions();
        showLegend();
        if (!sameSize) {
            fit();
        }
    }

    /** The selected object's pixels, or none. */
    void showSelection(ImagePixels mask) {
        selection.setImage(mask == null ? null : image(mask));
    }

    /** What a QA measured, drawn over the image (lines, bars, arrows with their labels); none when empty. */
    void showQaMarks(List<OverlaySegment> segments) {
        qaSegments = List.copyOf(segments);
        drawQaMarks();
    }

    /** The QA marks on show, for tests. */
    Group qaMarks() {
        return qaMarks;
    }

    /** What the 2D view shows now. */
    WritableImage snapshotImage() {
        return viewport.snapshot(null, null);
    }

    CheckBox toggle(String name) {
        return toggles.get(name);
    }

    /** Scales the image to fit the view, centred. */
    void fit() {
        if (shown == null || viewport.getWidth() <= 0) {
            return;
        }
        double s = Math.min(viewport.getWidth() / shown.width(), viewport.getHeight() / shown.height());
        zoom.setX(s);
        zoom.setY(s);
        offset.setX((viewport.getWidth() - s * shown.width()) / 2);
        offset.setY((viewport.getHeight() - s * shown.height()) / 2);
        userMoved = false;
        placeCaptions();
    }

    /** On resize: fit again unless the user has zoomed or panned since the last fit. */
    private void fitIfNew() {
        if (!userMoved) {
            fit();
        }
    }

    private void showLegend() {
        legend.show(shown != null && toggles.get("Depth").isSelected() ? shown.depthLegend() : null);
    }

    /** Captions keep their size on screen: each is counter-scaled about its anchor. */
    private void placeCaptions() {
        double s = zoom.getX();
        for (var node : captions.getChildren()) {
            Label l = (Label) node;
            Caption c = (Caption) l.getUserData();
            l.autosize();
            l.getTransforms().setAll(new Translate(c.u(), c.v()), new Scale(1 / s, 1 / s),
                    new Translate(-l.getWidth() / 2, -l.getHeight() / 2));
        }
        drawQaMarks();
    }

    /** The QA marks at the current zoom: strokes and labels keep their size on screen. */
    private void drawQaMarks() {
        double s = zoom.getX();
        qaMarks.getChildren().setAll(QaMarks.in2d(qaSegments, s));
        for (OverlaySegment seg : qaSegments) {
            if (seg.aPixel() == null || seg.bPixel() == null) {
                continue;
            }
            Label label = new Label(seg.label());
            label.getStyleClass().add("qa-label");
            label.setManaged(false);
            qaMarks.getChildren().add(label);
            label.applyCss();
            label.autosize();
            label.getTransforms().setAll(new Translate((seg.aPixel()[0] + seg.bPixel()[0]) / 2,
                    (seg.aPixel()[1] + seg.bPixel()[1]) / 2), new Scale(1 / s, 1 / s), new Translate(6, -label.getHeight()));
        }
    }

    private void installControls() {
        viewport.setOnScroll(e -> {
            if (e.getDeltaY() == 0) {
                return;
            }
            double f = e.getDeltaY() > 0 ? 1.2 : 1 / 1.2;
            double s = Math.max(0.05, Math.min(64, zoom.getX() * f));
            double k = s / zoom.getX();
            offset.setX(e.getX() - (e.getX() - offset.getX()) * k);
            offset.setY(e.getY() - (e.getY() - offset.getY()) * k);
            zoom.setX(s);
            zoom.setY(s);
            userMoved = true;
            placeCaptions();
        });
        viewport.setOnMousePressed(e -> {
            lastX = e.getX();
            lastY = e.getY();
        });
        viewport.setOnMouseDragged(e -> {
            offset.setX(offset.getX() + e.getX() - lastX);
            offset.setY(offset.getY() + e.getY() - lastY);
            userMoved = true;
            lastX = e.getX();
            lastY = e.getY();
        });
        viewport.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                fit();
            }
        });
        viewport.setOnMouseMoved(e -> {
            Point2D p = toPixel(e.getX(), e.getY());
            inspector.hover(p.getX(), p.getY());
        });
        viewport.setOnMouseExited(e -> inspector.clearHover());
    }

    /** Image pixel coordinates of a point of the viewport. */
    Point2D toPixel(double x, double y) {
        return new Point2D((x - offset.getX()) / zoom.getX(), (y - offset.getY()) / zoom.getY());
    }

    /** Viewport coordinates of image pixel (u, v). */
    Point2D toViewport(double u, double v) {
        return new Point2D(offset.getX() + u * zoom.getX(), offset.getY() + v * zoom.getY());
    }

    Pane viewport() {
        return viewport;
    }

    private static Image image(ImagePixels p) {
        WritableImage img = new WritableImage(p.width(), p.height());
        img.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0,
                p.width());
        return img;
    }

    private static String web(int rgb) {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }

    static Color colour(int rgb) {
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
