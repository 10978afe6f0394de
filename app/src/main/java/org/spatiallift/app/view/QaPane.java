package org.spatiallift.app.view;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.spatiallift.app.viewmodel.QaRow;
import org.spatiallift.app.viewmodel.QaViewModel;

/**
 * The QA tab: the QA of the scene on show (status, category, measured value, question; the answer and kind of the
 * selected one below), filtered by category and kind, with their review state; a seed to
 * regenerate them; accept, reject and edit the selected one. Selecting a QA highlights its objects in 2D and 3D and
 * draws what it measured.
 */
final class QaPane extends VBox {

    private final QaViewModel qa;
    private final TableView<QaRow> table = new TableView<>();
    private boolean syncing;

    QaPane(QaViewModel qa) {
        super(6);
        this.qa = qa;
        setPadding(new Insets(6));
        getChildren().addAll(filters(), seedBar(), buildTable(), actions(), details(), footer());
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    TableView<QaRow> table() {
        return table;
    }

    private FlowPane filters() {
        ComboBox<String> category = new ComboBox<>(qa.categories());
        category.setId("qa-category");
        category.valueProperty().bindBidirectional(qa.categoryFilterProperty());
        ComboBox<String> kind = new ComboBox<>(qa.kinds());
        kind.setId("qa-kind");
        kind.valueProperty().bindBidirectional(qa.kindFilterProperty());
        FlowPane bar = new FlowPane(6, 4, new Label("Category"), category, new Label("Kind"), kind);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private FlowPane seedBar() {
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, qa.seedProperty().get());
        seed.setId("qa-seed");
        seed.setEditable(true);
        seed.setPrefWidth(100);
        seed.getValueFactory().valueProperty().addListener((o, a, v) -> {
            if (v != null && v != qa.seedProperty().get()) {
                qa.seedProperty().set(v);
            }
        });
        qa.seedProperty().addListener((o, a, v) -> seed.getValueFactory().setValue(v.intValue()));
        Button regenerate = new Button("Regenerate");
        regenerate.setOnAction(e -> qa.regenerate());
        regenerate.setTooltip(new Tooltip("The same seed always gives the same QA"));
        Button next = new Button("New seed");
        next.setId("qa-new-seed");
        next.setOnAction(e -> qa.newSeed());
        FlowPane bar = new FlowPane(6, 4, new Label("Seed"), seed, regenerate, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<QaRow> buildTable() {
        table.setId("qa-table");
        table.setItems(qa.rows());
        table.setPlaceholder(new Label("No QA: open a scene with at least two objects."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<QaRow, String> status = column("", 32, QaPane::statusMark);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("qa-status-"));
                QaRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(r == null ? null : s);
                setTooltip(r == null ? null : new Tooltip(r.status().label() + (r.edited() ? ", edited" : "")));
                if (r != null) {
                    getStyleClass().add("qa-status-" + r.status().label());
                }
            }
        });
        table.getColumns().add(status);
        // a narrow side panel (1280 px windows) takes its width from the question before category and value (most
        // of those then fit); cut cells show their text in a tooltip, the selected QA's text is whole below
        TableColumn<QaRow, String> category = FullText.column("Category", 110, QaRow::category);
        category.setMinWidth(96);
        TableColumn<QaRow, String> value = FullText.column("Value", 72, QaRow::value);
        value.setMinWidth(64);
        TableColumn<QaRow, String> question = FullText.column("Question", 240, QaRow::question);
        question.setMinWidth(80);
        table.getColumns().addAll(List.of(category, value, question));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (!syncing) {
                qa.select(r == null ? null : r.id());
            }
        });
        qa.selectedProperty().addListener((o, a, r) -> {
            syncing = true;
            if (r == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
            }
            syncing = false;
        });
        return table;
    }

    private HBox actions() {
        Button accept = new Button("Accept");
        accept.setId("qa-accept");
        accept.setOnAction(e -> qa.accept());
        Button reject = new Button("Reject");
        reject.setId("qa-reject");
        reject.setOnAction(e -> qa.reject());
        Button edit = new Button("Edit…");
        edit.setId("qa-edit");
        edit.setOnAction(e -> edit());
        for (Button b : new Button[] {accept, reject, edit}) {
            b.disableProperty().bind(qa.selectedProperty().isNull());
        }
        HBox bar = new HBox(6, accept, reject, edit);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label details() {
        Label details = FullText.whenElided(new Label());
        details.setId("qa-details");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE); // the table gives way, not the selected QA's text
        details.getStyleClass().add("details");
        qa.selectedProperty().addListener((o, a, r) -> details.setText(r == null ? ""
                : "Q: " + r.question() + "\nA: " + r.answer() + (r.value().isEmpty() ? "" : "\nmeasured: " + r.value())
                        + "\nid " + r.id() + " · " + r.category() + " (" + r.kind() + ") · objects " + r.objectIds()));
        return details;
    }

    private VBox footer() {
        Label summary = FullText.whenElided(new Label());
        summary.setId("qa-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(qa.summaryProperty());
        Label project = FullText.whenElided(new Label());
        project.getStyleClass().add("note");
        project.setWrapText(true);
        project.setMinHeight(Region.USE_PREF_SIZE);
        project.textProperty().bind(qa.projectFileProperty().asString("Project: %s (File › Open project…)"));
        return new VBox(2, summary, project);
    }

    private void edit() {
        QaRow r = qa.selectedProperty().get();
        if (r == null) {
            return;
        }
        TextArea question = new TextArea(r.question());
        TextArea answer = new TextArea(r.answer());
        question.setWrapText(true);
        answer.setWrapText(true);
        question.setPrefRowCount(3);
        answer.setPrefRowCount(3);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Question"), question);
        grid.addRow(1, new Label("Answer"), answer);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Edit QA " + r.id());
        dialog.setHeaderText(r.category() + (r.value().isEmpty() ? "" : " · measured " + r.value()));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> qa.edit(question.getText(), answer.getText()));
    }

    /** ✓ accepted, ✗ rejected, · pending; ✎ when edited. */
    private static String statusMark(QaRow r) {
        String mark = switch (r.status()) {
            case ACCEPTED -> "✓";
            case REJECTED -> "✗";
            case PENDING -> "·";
        };
        return r.edited() ? mark + "✎" : mark;
    }

    private static TableColumn<QaRow, String> column(String title, double width, Function<QaRow, String> value) {
        TableColumn<QaRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
