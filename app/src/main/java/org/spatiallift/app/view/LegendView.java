package org.spatiallift.app.view;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

import org.spatiallift.app.viewmodel.ColourLegend;
import org.spatiallift.app.viewmodel.LegendTick;

/** A colour bar with its title and labelled ticks (values with units), for depth and height colourings. */
final class LegendView extends VBox {

    static final double BAR_WIDTH = 240;
    private static final double BAR_HEIGHT = 10;

    private final Label title = new Label();
    private final ImageView bar = new ImageView();
    private final Pane ticks = new Pane();

    LegendView() {
        super(2);
        getStyleClass().add("legend");
        bar.setFitWidth(BAR_WIDTH);
        bar.setFitHeight(BAR_HEIGHT);
        bar.setPreserveRatio(false);
        ticks.setPrefSize(BAR_WIDTH + 40, 16);
        ticks.setMinHeight(16);
        getChildren().addAll(title, bar, ticks);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setVisible(false);
        setManaged(false);
    }

    /** Shows {@code legend}, or hides the legend when null. */
    void show(ColourLegend legend) {
        boolean on = legend != null;
        setVisible(on);
        setManaged(on);
        if (!on) {
            return;
        }
        title.setText(legend.title());
        int[] colours = legend.colours();
        WritableImage img = new WritableImage(colours.length, 1);
        int[] argb = new int[colours.length];
        for (int i = 0; i < colours.length; i++) {
            argb[i] = 0xFF000000 | colours[i];
        }
        img.getPixelWriter().setPixels(0, 0, colours.length, 1, PixelFormat.getIntArgbInstance(), argb, 0, colours.length);
        bar.setImage(img);
        ticks.getChildren().clear();
        for (LegendTick t : legend.ticks()) {
            Label l = new Label(t.label());
            l.getStyleClass().add("legend-tick");
            l.setLayoutX(Math.max(0, t.fraction() * BAR_WIDTH - 10));
            ticks.getChildren().add(l);
        }
    }
}
