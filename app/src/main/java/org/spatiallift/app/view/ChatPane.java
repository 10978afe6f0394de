package org.spatiallift.app.view;

import java.io.File;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.spatiallift.app.viewmodel.ChatCandidate;
import org.spatiallift.app.viewmodel.ChatEntry;
import org.spatiallift.app.viewmodel.ChatViewModel;

/**
 * The Chat tab: the questions asked about the scene on show and their measured answers (value, unit, interval and
 * frame; how it was measured; the steps of a multi-step answer; a model's answer beside), a field to ask, and a button
 * to set up a vision-language model. Hovering or selecting an answer draws what it measured in 2D and 3D; a
 * clarification's candidates are buttons; each answer can be copied as JSON.
 */
final class ChatPane extends VBox {

    private static final double TEXT_INSET = 36;
    private final ChatViewModel chat;
    private final ListView<ChatEntry> list = new ListView<>();
    private final TextField field = new TextField();
    private SeriesWindow seriesWindow;

    ChatPane(ChatViewModel chat) {
        super(6);
        this.chat = chat;
        setPadding(new Insets(6));
        Label status = FullText.whenElided(new Label());
        status.setId("chat-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("note");
        status.textProperty().bind(chat.statusProperty());
        list.setId("chat-list");
        list.setItems(chat.entries());
        list.setCellFactory(v -> new EntryCell());
        list.setPlaceholder(new Label("Ask about the scene: \"How far is the chair from the table?\""));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> chat.select(e == null ? 0 : e.id()));
        chat.entries().addListener((javafx.collections.ListChangeListener<ChatEntry>) c -> {
            if (!chat.entries().isEmpty()) {
                list.scrollTo(chat.entries().size() - 1);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(status, list, askBar(), hint());
    }

    ListView<ChatEntry> list() {
        return list;
    }

    TextField field() {
        return field;
    }

    /** The last chart of a question over frames, or null. */
    SeriesWindow seriesWindow() {
        return seriesWindow;
    }

    private VBox askBar() {
        field.setId("chat-question");
        field.setPromptText("Ask about the scene (\"this\" is the selected object)");
        field.textProperty().bindBidirectional(chat.questionProperty());
        field.setOnAction(e -> chat.ask());
        Button ask = new Button("Ask");
        ask.setId("chat-ask");
        ask.setDefaultButton(false);
        ask.setOnAction(e -> chat.ask());
        ask.disableProperty().bind(chat.busyProperty());
        Button model = new Button("Model…");
        model.setId("chat-model");
        model.setTooltip(new Tooltip("A vision-language model that answers beside the measured answer"));
        model.setOnAction(e -> new ChatModelDialog(chat.models(), getScene() == null ? null : getScene().getWindow())
                .showAndWait());
        Button frames = new Button("Over frames…");
        frames.setId("chat-frames");
        frames.setTooltip(new Tooltip("Ask the question in every frame of a frames list (one frame per line: colour, "
                + "depth, label map, names) and chart the answer"));
        frames.disableProperty().bind(chat.busyProperty());
        frames.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Frames list: one frame per line (colour, depth, label map, names)");
            File list = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (list != null) {
                chat.askOverFrames(list.toPath());
            }
        });
        chat.chartProperty().addListener((o, a, c) -> {
            if (c != null) {
                seriesWindow = new SeriesWindow(c, chat, getScene() == null ? null : getScene().getWindow());
                seriesWindow.show();
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox bar = new HBox(6, field, ask);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox more = new HBox(6, model, frames);
        more.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, bar, more);
    }

    private Label hint() {
        Label hint = new Label("Answers come from the measured 3D boxes; hover one to see what was measured.");
        hint.getStyleClass().add("note");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    /** A label that wraps within the list's width, so nothing is cut to "…". */
    private Label wrapping(String text, String... styles) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.maxWidthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
        l.getStyleClass().addAll(styles);
        return l;
    }

    private final class EntryCell extends ListCell<ChatEntry> {

        EntryCell() {
            setOnMouseEntered(e -> {
                if (getItem() != null) {
                    chat.select(getItem().id());
                }
            });
        }

        @Override
        protected void updateItem(ChatEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            VBox lines = new VBox(2);
            Label q = wrapping("Q: " + e.question(), "chat-question-text");
            q.setStyle("-fx-font-weight: bold");
            lines.getChildren().add(q);
            Label a = wrapping(e.answer(), e.state() == ChatEntry.State.FAILED ? "warning" : "chat-answer");
            a.setId("chat-answer-" + e.id());
            lines.getChildren().add(a);
            if (!e.measured().isEmpty()) {
                Label m = wrapping("measured: " + e.measured(), "details");
                m.setId("chat-measured-" + e.id());
                lines.getChildren().add(m);
            }
            for (String s : e.steps()) {
                lines.getChildren().add(wrapping("· " + s, "note"));
            }
            if (!e.howMeasured().isEmpty()) {
                lines.getChildren().add(wrapping(e.howMeasured(), "note"));
            }
            if (e.clarification()) {
                FlowPane choices = new FlowPane(4, 4);
                choices.setId("chat-candidates-" + e.id());
                for (ChatCandidate c : e.candidates()) {
                    Button b = new Button(c.description() + " (#" + c.objectId() + ")");
                    b.setOnAction(x -> chat.choose(e, c));
                    choices.getChildren().add(b);
                }
                lines.getChildren().add(choices);
            }
            if (!e.vlm().isEmpty()) {
                Label v = wrapping(e.vlm() + (e.vlmVerdict().isEmpty() ? "" : " — " + e.vlmVerdict()), "note");
                v.setId("chat-vlm-" + e.id());
                lines.getChildren().add(v);
            }
            if (e.state() == ChatEntry.State.ANSWERED) {
                Button copy = new Button("Copy as JSON");
                copy.getStyleClass().add("small");
                copy.setOnAction(x -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(chat.json(e));
                    Clipboard.getSystemClipboard().setContent(content);
                });
                lines.getChildren().add(copy);
            }
            setGraphic(lines);
        }
    }
}
