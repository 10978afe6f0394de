package org.spatiallift.app.view;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

import org.spatiallift.app.viewmodel.ColourLegend;
import org.spatiallift.app.viewmodel.LegendTick;

/**
 * A colour bar with its title and labelled ticks (values with units), for depth and height colourings. The bar is an
 * image of exactly its on-screen size with every row filled, shown 1:1: a one-row image stretched to the bar's height
 * was sampled past its edge by the smooth scaling, which drew a strip of stray colours along the bar's top.
 */
final class LegendView extends VBox {

    static final int BAR_WIDTH = 240;
    private static final int BAR_HEIGHT = 10;

    private final Label title = new Label();
    private final ImageView bar = new ImageView();
    private final Pane ticks = new Pane();

    LegendView() {
        super(2);
        getStyleClass().add("legend");
        bar.setSmooth(false);
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
        bar.setImage(barImage(legend.colours()));
        ticks.getChildren().clear();
        for (LegendTick t : legend.ticks()) {
            Label l = new Label(t.label());
            l.getStyleClass().add("legend-tick");
            l.setLayoutX(Math.max(0, t.fraction() * BAR_WIDTH - 10));
            ticks.getChildren().add(l);
        }
    }

    /** The scale as a {@value #BAR_WIDTH} × {@value #BAR_HEIGHT} px image: column x shows the colour at x / width. */
    private static WritableImage barImage(int[] colours) {
        int[] argb = new int[BAR_WIDTH * BAR_HEIGHT];
        for (int x = 0; x < BAR_WIDTH; x++) {
            int colour = 0xFF000000 | colours[Math.min(colours.length - 1, x * colours.length / BAR_WIDTH)];
            for (int y = 0; y < BAR_HEIGHT; y++) {
                argb[y * BAR_WIDTH + x] = colour;
            }
        }
        WritableImage img = new WritableImage(BAR_WIDTH, BAR_HEIGHT);
        img.getPixelWriter().setPixels(0, 0, BAR_WIDTH, BAR_HEIGHT, PixelFormat.getIntArgbInstance(), argb, 0, BAR_WIDTH);
        return img;
    }
}
