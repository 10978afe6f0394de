package org.spatiallift.app.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spatiallift.app.task.TaskExecutor;

/** The folder browser: the colour images of one folder, each with the depth file found for it. */
public final class FolderViewModel {

    static final int MAX_ENTRIES = 2000;
    static final String NO_FOLDER = "No folder chosen: use Choose folder… or drop a folder on the window";

    private final TaskExecutor executor;
    private final NotificationsViewModel notifications;
    private final AppPreferences preferences;

    // Properties
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FolderEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<FolderEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Choose a folder to see its images");
    private final ReadOnlyStringWrapper folderText = new ReadOnlyStringWrapper(NO_FOLDER);

    FolderViewModel(TaskExecutor executor, NotificationsViewModel notifications, AppPreferences preferences) {
        this.executor = executor;
        this.notifications = notifications;
        this.preferences = preferences;
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** The folder on show as the user reads it: its path, or that none is chosen yet (never "null"). */
    public ReadOnlyStringProperty folderTextProperty() {
        return folderText.getReadOnlyProperty();
    }

    /** Colour images of the folder, by name. */
    public ObservableList<FolderEntry> entries() {
        return readOnlyEntries;
    }

    /** "12 images, 10 with a depth file". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    // Commands

    /** Lists {@code dir}'s images (in the background) and remembers it as the last folder. */
    public void browse(Path dir) {
        executor.execute(() -> list(dir), list -> {
            folder.set(dir);
            folderText.set(dir.toAbsolutePath().toString());
            entries.setAll(list);
            long withDepth = list.stream().filter(FolderEntry::hasDepth).count();
            summary.set(list.size() + " image" + (list.size() == 1 ? "" : "s") + ", " + withDepth
                    + " with a depth file");
            preferences.setLastFolder(dir);
        }, failure -> notifications.error("Could not list the folder", dir + ": " + failure.getMessage()
                + ". Choose a folder you can read"));
    }

    static List<FolderEntry> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("is not a folder");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(DepthPairing::isColourImage).sorted()
                    .limit(MAX_ENTRIES).map(DepthPairing::pair).toList();
        }
    }
}
