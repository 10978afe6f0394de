package org.spatiallift.app.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.io.Advice;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.model.ModelStore;

/**
 * The engine's {@link Advice} in the app's terms: its menus, windows and fields, never command-line options, and a
 * notification button for what the app can open. The one place where the app words advice; errors, warnings and the
 * Models window's messages go through it.
 */
final class AppAdvice {

    static final String OPEN_MODELS = "Open Models…";
    static final String CHOOSE_DEPTH = "Choose depth file…";
    static final String OPEN = "Open…";

    private AppAdvice() {
    }

    /** {@code a} as a sentence naming the app's controls (no full stop). */
    static String text(Advice a) {
        return switch (a.kind()) {
            case GIVE_INTRINSICS -> "Type the camera's fx, fy, cx, cy in pixels into the Intrinsics field of File › Open"
                    + " image and depth…, or put an intrinsics.txt beside the image";
            case CHOOSE_DEPTH_FILE -> "Open a depth file with it (16-bit PNG, NPY, PFM or PGM) through File › Open image"
                    + " and depth…, or drop both files on the window";
            case INSTALL_MODEL -> a.downloadable() ? "Install " + a.modelId() + " in Models › Models…"
                    : a.modelId() + " has no download source, so the Models window cannot fetch it: copy its exported"
                    + " model file into its folder in the model cache";
            case RETRY_DOWNLOAD -> "Check the network, then press Download for " + a.modelId() + " again in Models ›"
                    + " Models… (a broken-off download resumes)";
            case GO_ONLINE -> "Untick “Offline: never download” in Models › Models… and press Download for "
                    + a.modelId() + " again, or copy its files into its folder in the model cache";
            case WRITABLE_MODEL_CACHE -> "Start SpatialLift with the environment variable " + ModelStore.ENV
                    + " set to a folder you can write to";
            case CHOOSE_DEPTH_FORMAT -> "Choose the depth format that matches the file in the Depth format list of File ›"
                    + " Open image and depth…";
            case MORE_MEMORY -> "Open a smaller image, or start the app with more memory: SPATIALLIFT_JAVA_OPTS=-Xmx"
                    + a.gigabytes() + "g bin/spatiallift-app";
        };
    }

    /**
     * The button for {@code a}, or null when the app has nothing to open for it; {@code image} (or null) is filled in
     * when it opens File › Open image and depth….
     */
    static NotificationAction action(Advice a, Path image) {
        return switch (a.kind()) {
            case GIVE_INTRINSICS -> new NotificationAction(OPEN, NotificationAction.Command.OPEN_FILES, image);
            case CHOOSE_DEPTH_FILE -> new NotificationAction(CHOOSE_DEPTH, NotificationAction.Command.OPEN_FILES, image);
            case INSTALL_MODEL, RETRY_DOWNLOAD, GO_ONLINE -> new NotificationAction(OPEN_MODELS,
                    NotificationAction.Command.OPEN_MODELS, null);
            case CHOOSE_DEPTH_FORMAT -> new NotificationAction(OPEN, NotificationAction.Command.OPEN_FILES, image);
            case WRITABLE_MODEL_CACHE, MORE_MEMORY -> null;
        };
    }

    /**
     * What the user reads for {@code failure}: an {@link InputException} with advice as "file: problem. advice in the
     * app's terms"; any other as its message, with command-line advice put in the app's terms.
     */
    static String message(Throwable failure) {
        InputException e = input(failure);
        if (e != null && !e.advice().isEmpty()) {
            List<String> texts = e.advice().stream().map(AppAdvice::text).toList();
            return (e.file() == null ? "" : e.file() + ": ") + e.problem() + ". " + String.join(". Or ", texts);
        }
        return inAppTerms(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    /**
     * The buttons for {@code failure}'s advice, one per command; empty without advice. A depth file is chosen for the
     * image the failure names.
     */
    static List<NotificationAction> actions(Throwable failure) {
        InputException e = input(failure);
        List<NotificationAction> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        for (Advice a : e.advice()) {
            NotificationAction action = action(a, a.kind() == Advice.Kind.CHOOSE_DEPTH_FILE ? e.file() : null);
            if (action != null && out.stream().noneMatch(o -> o.command() == action.command())) {
                out.add(action);
            }
        }
        return out;
    }

    /** {@code text} (a warning, a message) with the engine's command-line advice put in the app's terms. */
    static String inAppTerms(String text) {
        String out = text;
        for (Advice a : List.of(Advice.GIVE_INTRINSICS, Advice.CHOOSE_DEPTH_FILE)) {
            out = out.replace(a.commandLine(), text(a));
        }
        return out;
    }

    private static InputException input(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputException e) {
                return e;
            }
        }
        return null;
    }
}
