package org.spatiallift.app.view;

import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What the window shows for the moment before the full window is built: a line saying what is being opened. Plain
 * shapes, no controls, so that it needs no style sheet and reaches the screen at once.
 */
public final class OpeningPage extends StackPane {

    public OpeningPage(String message) {
        Text text = new Text(message);
        text.setFont(Font.font(16));
        text.setFill(Color.web("#d8dbe0"));
        getChildren().add(text);
        setBackground(new Background(new BackgroundFill(Color.web("#1e2126"), null, null)));
    }
}
