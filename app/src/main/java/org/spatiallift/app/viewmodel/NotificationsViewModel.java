package org.spatiallift.app.viewmodel;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Messages for the user that never block the app: errors with their reason, warnings, and confirmations.
 * At most {@value #MAX_SHOWN} are kept; the oldest goes first.
 */
public final class NotificationsViewModel {

    static final int MAX_SHOWN = 5;

    // Properties
    private final ObservableList<Notification> items = FXCollections.observableArrayList();
    private final ObservableList<Notification> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private long nextId = 1;

    /** The notifications on show, oldest first. */
    public ObservableList<Notification> items() {
        return readOnlyItems;
    }

    // Commands

    public Notification error(String title, String message) {
        return post(Notification.Kind.ERROR, title, message, List.of());
    }

    /** An error with a button for each of {@code actions}. */
    public Notification error(String title, String message, List<NotificationAction> actions) {
        return post(Notification.Kind.ERROR, title, message, actions);
    }

    public Notification warning(String title, String message) {
        return post(Notification.Kind.WARNING, title, message, List.of());
    }

    public Notification info(String title, String message) {
        return post(Notification.Kind.INFO, title, message, List.of());
    }

    public void dismiss(Notification notification) {
        items.remove(notification);
    }

    /** The newest error, or null. */
    public Notification lastError() {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).kind() == Notification.Kind.ERROR) {
                return items.get(i);
            }
        }
        return null;
    }

    private Notification post(Notification.Kind kind, String title, String message, List<NotificationAction> actions) {
        Notification n = new Notification(nextId++, kind, title, message, actions);
        items.add(n);
        while (items.size() > MAX_SHOWN) {
            items.remove(0);
        }
        return n;
    }
}
