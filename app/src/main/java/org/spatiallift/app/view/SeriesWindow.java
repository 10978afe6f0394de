package org.spatiallift.app.view;

import java.io.File;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.spatiallift.app.viewmodel.ChatViewModel;
import org.spatiallift.app.viewmodel.SeriesChart;

/**
 * A question answered over a sequence of frames, as a chart: one point per frame (value in the unit the axis names),
 * frames without a value left as gaps, each point's frame and value in a tooltip; Save… writes the series as CSV,
 * JSON, PNG and SVG.
 */
final class SeriesWindow {

    private final Stage stage = new Stage();
    private final LineChart<Number, Number> chart;

    SeriesWindow(SeriesChart s, ChatViewModel chat, Window owner) {
        NumberAxis x = new NumberAxis();
        x.setLabel("frame (1 = first)");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(s.axis());
        y.setForceZeroInRange(false);
        chart = new LineChart<>(x, y);
        chart.setId("series-chart");
        chart.setTitle(s.title());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<Number, Number> run = null;
        for (int i = 0; i < s.values().size(); i++) {
            double v = s.values().get(i);
            if (Double.isNaN(v)) {
                run = null; // a gap: the next measured frame starts a new line
                continue;
            }
            if (run == null) {
                run = new XYChart.Series<>();
                chart.getData().add(run);
            }
            XYChart.Data<Number, Number> point = new XYChart.Data<>(i + 1, v);
            run.getData().add(point);
            String tip = s.frames().get(i) + ": " + String.format(java.util.Locale.ROOT, "%.3f %s", v, s.axis());
            point.nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
        }
        Label summary = new Label(s.summary());
        summary.setId("series-summary");
        summary.setWrapText(true);
        Button save = new Button("Save…");
        save.setId("series-save");
        save.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Save the series (CSV, JSON, PNG, SVG) into a folder");
            File dir = chooser.showDialog(stage);
            if (dir != null) {
                chat.saveSeries(dir.toPath());
            }
        });
        HBox bottom = new HBox(8, save, summary);
        bottom.setPadding(new Insets(6));
        BorderPane root = new BorderPane(chart, null, null, bottom, null);
        stage.setTitle("Over frames — " + s.title());
        stage.setScene(new Scene(root, 820, 520));
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    void show() {
        stage.show();
    }

    LineChart<Number, Number> chart() {
        return chart;
    }
}
