package org.spatiallift.app.view;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.spatiallift.app.viewmodel.ChatModels;

/**
 * Sets up the vision-language model that answers beside the geometry: the server's address (any OpenAI-compatible
 * server: Ollama, vLLM, llama.cpp's server, LM Studio), the model's name, and the environment variable that holds the
 * API key (the key itself is never typed here, saved or shown). "Check" asks the model once whether it sees images.
 * An empty address turns the model off.
 */
final class ChatModelDialog extends Dialog<ButtonType> {

    private static final ButtonType CHECK = new ButtonType("Check", ButtonBar.ButtonData.LEFT);

    ChatModelDialog(ChatModels models, Window owner) {
        setTitle("Model beside the geometry");
        setHeaderText("A vision-language model answers each question too; its answer is shown beside the measured "
                + "one. Nothing is sent anywhere unless an address is given here.");
        if (owner != null) {
            initOwner(owner);
        }
        TextField url = new TextField(models.urlProperty().get());
        url.setId("chat-model-url");
        url.setPromptText("http://localhost:11434/v1");
        TextField model = new TextField(models.modelProperty().get());
        model.setId("chat-model-name");
        model.setPromptText("llava:7b");
        TextField key = new TextField(models.keyVariableProperty().get());
        key.setId("chat-model-key");
        Label problem = new Label();
        problem.setId("chat-model-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("warning");
        Label check = new Label();
        check.setId("chat-model-check");
        check.setWrapText(true);
        check.textProperty().bind(models.checkProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Server address"), url);
        grid.addRow(1, new Label("Model"), model);
        grid.addRow(2, new Label("API key variable"), key);
        grid.add(new Label("The key is read from this environment variable, or from the system keystore under "
                + "this name; leave it for servers without a key."), 0, 3, 2, 1);
        grid.add(problem, 0, 4, 2, 1);
        grid.add(check, 0, 5, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(CHECK, ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String wrong = models.apply(url.getText(), model.getText(), key.getText());
            problem.setText(wrong == null ? "" : wrong);
            if (wrong != null) {
                e.consume();
            }
        });
        Button checkButton = (Button) getDialogPane().lookupButton(CHECK);
        checkButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stays open to show what the check found
            String wrong = models.apply(url.getText(), model.getText(), key.getText());
            problem.setText(wrong == null ? "" : wrong);
            if (wrong == null) {
                models.check();
            }
        });
    }
}
