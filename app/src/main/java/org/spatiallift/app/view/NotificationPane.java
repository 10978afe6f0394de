package org.spatiallift.app.view;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.spatiallift.app.viewmodel.Notification;
import org.spatiallift.app.viewmodel.NotificationAction;
import org.spatiallift.app.viewmodel.NotificationsViewModel;

/**
 * Notifications as cards in the top-right corner, over the content but never blocking it: errors stay until closed,
 * other messages fade after {@value #INFO_SECONDS} s. A notification's actions are buttons on its card ("Open
 * Models…", "Choose depth file…"); a click closes the card and hands the action to the window.
 */
final class NotificationPane extends VBox {

    static final int INFO_SECONDS = 6;
    private final NotificationsViewModel notifications;
    private final Map<Long, PauseTransition> timers = new HashMap<>();
    private final Consumer<NotificationAction> perform;

    /** Cards without action buttons (a window that cannot carry them out, like the Models window). */
    NotificationPane(NotificationsViewModel notifications) {
        this(notifications, null);
    }

    /** Cards whose action buttons {@code perform} carries out. */
    NotificationPane(NotificationsViewModel notifications, Consumer<NotificationAction> perform) {
        super(6);
        this.notifications = notifications;
        this.perform = perform;
        setId("notifications");
        setAlignment(Pos.TOP_RIGHT);
        setPickOnBounds(false);
        setMaxSize(380, USE_PREF_SIZE);
        notifications.items().addListener((ListChangeListener<Notification>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (Notification n : notifications.items()) {
            getChildren().add(card(n));
            if (n.kind() != Notification.Kind.ERROR && !timers.containsKey(n.id())) {
                PauseTransition t = new PauseTransition(Duration.seconds(INFO_SECONDS));
                t.setOnFinished(e -> {
                    timers.remove(n.id());
                    notifications.dismiss(n);
                });
                timers.put(n.id(), t);
                t.play();
            }
        }
    }

    private VBox card(Notification n) {
        Label title = new Label(n.title());
        title.getStyleClass().add("notification-title");
        Button close = new Button("×");
        close.getStyleClass().add("notification-close");
        close.setOnAction(e -> notifications.dismiss(n));
        HBox head = new HBox(6, title, new HBox(), close);
        HBox.setHgrow(head.getChildren().get(1), Priority.ALWAYS);
        Label message = new Label(n.message());
        message.setWrapText(true);
        message.getStyleClass().add("notification-message");
        VBox card = new VBox(2, head, message);
        if (perform != null && !n.actions().isEmpty()) {
            HBox buttons = new HBox(6);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            for (NotificationAction a : n.actions()) {
                Button b = new Button(a.label());
                b.setId("notification-action-" + a.command().name().toLowerCase());
                b.setOnAction(e -> {
                    notifications.dismiss(n);
                    perform.accept(a);
                });
                buttons.getChildren().add(b);
            }
            card.getChildren().add(buttons);
        }
        card.setId("notification-" + n.id());
        card.getStyleClass().addAll("notification", "notification-" + n.kind().name().toLowerCase());
        card.setMaxWidth(370);
        card.setPrefWidth(370);
        return card;
    }
}
