package org.spatiallift.app.viewmodel;

import java.nio.file.Path;

/**
 * A button on a notification: what it says and which of the app's windows it opens.
 *
 * @param label   the button's text ("Open Models…")
 * @param command what it does
 * @param image   for {@link Command#OPEN_FILES}: the image to fill in, or null
 */
public record NotificationAction(String label, Command command, Path image) {

    /** What a notification's button can do; the view carries it out. */
    public enum Command {
        /** Open the Models window (Models › Models…). */
        OPEN_MODELS,
        /** Open File › Open image and depth…, with the image filled in when there is one. */
        OPEN_FILES
    }

    public NotificationAction {
        if (label == null || label.isBlank() || command == null) {
            throw new IllegalArgumentException("a notification action needs a label and a command");
        }
    }
}
