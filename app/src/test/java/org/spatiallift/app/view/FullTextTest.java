package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A label cut to "…" has its whole text in a tooltip while it is cut, and none once it fits. */
@ExtendWith(ApplicationExtension.class)
class FullTextTest {

    private static final String TEXT = "not run: objects from the label map, which is long";

    private Label label;
    private Label fits;
    private VBox box;

    @Start
    void start(Stage stage) {
        label = FullText.whenElided(new Label(TEXT));
        fits = FullText.whenElided(new Label("ok"));
        label.setMinWidth(0);
        box = new VBox(label, fits);
        box.setMaxWidth(120);
        stage.setScene(new Scene(new VBox(box), 400, 100));
        stage.show();
    }

    @Test
    void cutLabelHasItsWholeTextInATooltipOnlyWhileCut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(Legibility.drawnText(label)).endsWith("...").isNotEqualTo(TEXT);
        assertThat(label.getTooltip()).isNotNull();
        assertThat(label.getTooltip().getText()).isEqualTo(TEXT);
        assertThat(fits.getTooltip()).isNull();

        robot.interact(() -> box.setMaxWidth(390));
        WaitForAsyncUtils.waitForFxEvents(3);

        assertThat(Legibility.drawnText(label)).isEqualTo(TEXT);
        assertThat(label.getTooltip()).isNull();
    }

    @Test
    void tooltipFollowsANewText(FxRobot robot) {
        robot.interact(() -> label.setText(TEXT + " and longer"));
        WaitForAsyncUtils.waitForFxEvents(3);

        assertThat(label.getTooltip().getText()).isEqualTo(TEXT + " and longer");
    }
}
