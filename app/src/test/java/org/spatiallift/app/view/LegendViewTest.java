package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spatiallift.app.render.ColourMaps;
import org.spatiallift.app.viewmodel.ColourLegend;
import org.spatiallift.app.viewmodel.LegendTick;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The colour legend draws its bar and nothing else: the rows around the bar are the legend's own background. */
@ExtendWith(ApplicationExtension.class)
class LegendViewTest {

    private static final String STYLESHEET = "/org/spatiallift/app/view/app.css";
    private LegendView legend;

    @Start
    void start(Stage stage) {
        legend = new LegendView();
        legend.getStyleClass().add("legend-dark");
        StackPane root = new StackPane(legend);
        root.setStyle("-fx-background-color: #1c1e22;");
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(8));
        root.getStylesheets().add(LegendViewTest.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(new Scene(root, 400, 200));
        stage.show();
    }

    @Test
    void barRowsAreAllTheScaleAndTheGapAboveIsBackground() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> legend.show(new ColourLegend("depth along the optical axis (m, camera)",
                ColourMaps.heatTable(), List.of(new LegendTick(0, "1 m"), new LegendTick(0.5, "2 m"),
                new LegendTick(1, "3 m"))))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents(3);

        List<String> stray = WaitForAsyncUtils.asyncFx(() -> {
            PixelReader r = legend.getScene().snapshot(null).getPixelReader();
            Node bar = legend.getChildren().get(1);
            Bounds b = bar.localToScene(bar.getBoundsInLocal());
            int x0 = (int) Math.ceil(b.getMinX()), x1 = (int) Math.floor(b.getMaxX()) - 1;
            int top = (int) Math.round(b.getMinY()), bottom = (int) Math.round(b.getMaxY()) - 1;
            int background = r.getArgb(x1, top - 4);
            int middle = (top + bottom) / 2;
            List<String> out = new ArrayList<>();
            for (int x = x0; x <= x1; x++) {
                // the gap between the title and the bar
                for (int y = top - 2; y < top; y++) {
                    if (!close(r.getArgb(x, y), background)) {
                        out.add(String.format("(%d, %d) above the bar: %08X", x, y, r.getArgb(x, y)));
                    }
                }
                // every row of the bar shows the scale's colour of its column
                for (int y = top; y <= bottom; y++) {
                    if (!close(r.getArgb(x, y), r.getArgb(x, middle))) {
                        out.add(String.format("(%d, %d) in the bar: %08X, not its column's %08X", x, y,
                                r.getArgb(x, y), r.getArgb(x, middle)));
                    }
                }
            }
            assertThat(close(r.getArgb((x0 + x1) / 2, middle), background)).as("the bar is drawn").isFalse();
            return out;
        }).get(5, TimeUnit.SECONDS);

        assertThat(stray).as("pixels of the bar's rows or the gap above it that are not the scale or the background")
                .isEmpty();
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift < 24; shift += 8) {
            if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 6) {
                return false;
            }
        }
        return true;
    }
}
