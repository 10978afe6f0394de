package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * A message for the user that does not block the app: what happened ({@code title}) and why or what to do, with a
 * button for each thing to do that the app can open ({@code actions}, maybe none).
 */
public record Notification(long id, Kind kind, String title, String message, List<NotificationAction> actions) {

    public enum Kind { ERROR, WARNING, INFO }

    public Notification {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** Without buttons. */
    public Notification(long id, Kind kind, String title, String message) {
        this(id, kind, title, message, List.of());
    }
}
