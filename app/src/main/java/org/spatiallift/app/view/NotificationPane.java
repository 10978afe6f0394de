package org.spatiallift.app.view;

import java.util.HashMap;
import java.util.Map;

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
import org.spatiallift.app.viewmodel.NotificationsViewModel;

/**
 * Notifications as cards in the top-right corner, over the content but never blocking it: errors stay until closed,
 * other messages fade after {@value #INFO_SECONDS} s.
 */
final class NotificationPane extends VBox {

    static final int INFO_SECONDS = 6;
    private final NotificationsViewModel notifications;
    private final Map<Long, PauseTransition> timers = new HashMap<>();

    NotificationPane(NotificationsViewModel notifications) {
        super(6);
        this.notifications = notifications;
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
        card.setId("notification-" + n.id());
        card.getStyleClass().addAll("notification", "notification-" + n.kind().name().toLowerCase());
        card.setMaxWidth(370);
        card.setPrefWidth(370);
        return card;
    }
}
