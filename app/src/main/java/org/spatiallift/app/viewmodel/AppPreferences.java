package org.spatiallift.app.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spatiallift.app.prefs.PreferenceStore;

/**
 * The user's preferences, kept in a {@link PreferenceStore} as soon as they change: units, colour mode, point size,
 * the last folder, the project file and up to {@value #MAX_RECENT} recent files.
 */
public final class AppPreferences {

    static final int MAX_RECENT = 8;
    static final String UNITS = "units";
    static final String COLOUR_MODE = "colourMode";
    static final String POINT_SIZE = "pointSize";
    static final String LAST_FOLDER = "lastFolder";
    static final String RECENT = "recent.";
    static final String PROJECT = "projectFile";
    private static final String SEP = "\t";

    private final PreferenceStore store;

    // Properties
    private final ObjectProperty<LengthUnit> lengthUnit;
    private final ObjectProperty<ColourMode> colourMode;
    private final ObjectProperty<PointSize> pointSize;
    private final ReadOnlyObjectWrapper<Path> lastFolder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OpenRequest> recent = FXCollections.observableArrayList();
    private final ObservableList<OpenRequest> readOnlyRecent = FXCollections.unmodifiableObservableList(recent);

    public AppPreferences(PreferenceStore store) {
        this.store = store;
        lengthUnit = new SimpleObjectProperty<>(parse(LengthUnit.class, store.get(UNITS, null), LengthUnit.METRES));
        colourMode = new SimpleObjectProperty<>(parse(ColourMode.class, store.get(COLOUR_MODE, null), ColourMode.RGB));
        pointSize = new SimpleObjectProperty<>(parse(PointSize.class, store.get(POINT_SIZE, null), PointSize.AUTO));
        String folder = store.get(LAST_FOLDER, null);
        lastFolder.set(folder == null || folder.isBlank() ? null : Path.of(folder));
        String project = store.get(PROJECT, null);
        projectFile.set(project == null || project.isBlank() ? null : Path.of(project));
        for (int i = 0; i < MAX_RECENT; i++) {
            OpenRequest r = decode(store.get(RECENT + i, null));
            if (r != null) {
                recent.add(r);
            }
        }
        lengthUnit.addListener((obs, old, unit) -> store.put(UNITS, (unit == null ? LengthUnit.METRES : unit).name()));
        colourMode.addListener((obs, old, mode) -> store.put(COLOUR_MODE, (mode == null ? ColourMode.RGB : mode).name()));
        pointSize.addListener((obs, old, size) -> store.put(POINT_SIZE, (size == null ? PointSize.AUTO : size).name()));
    }

    /** How lengths are shown (writable; saved at once). */
    public ObjectProperty<LengthUnit> lengthUnitProperty() {
        return lengthUnit;
    }

    /** How the 3D view colours points (writable; saved at once). */
    public ObjectProperty<ColourMode> colourModeProperty() {
        return colourMode;
    }

    /** How large the 3D view draws points (writable; saved at once). */
    public ObjectProperty<PointSize> pointSizeProperty() {
        return pointSize;
    }

    /** The folder the user last opened a file from, or null. */
    public ReadOnlyObjectProperty<Path> lastFolderProperty() {
        return lastFolder.getReadOnlyProperty();
    }

    /** The project file last opened (File › Open project…), or null for the default one ({@link ProjectLocations}). */
    public ReadOnlyObjectProperty<Path> projectFileProperty() {
        return projectFile.getReadOnlyProperty();
    }

    /** Recently opened files, newest first. */
    public ObservableList<OpenRequest> recentFiles() {
        return readOnlyRecent;
    }

    // Commands

    public void setLastFolder(Path folder) {
        if (folder == null) {
            return;
        }
        Path absolute = folder.toAbsolutePath();
        lastFolder.set(absolute);
        store.put(LAST_FOLDER, absolute.toString());
    }

    public void setProjectFile(Path file) {
        if (file == null) {
            return;
        }
        Path absolute = file.toAbsolutePath();
        projectFile.set(absolute);
        store.put(PROJECT, absolute.toString());
    }

    /** Puts {@code request} first in the recent files (once) and remembers its folder. */
    public void addRecent(OpenRequest request) {
        recent.removeIf(r -> r.image().equals(request.image()));
        recent.add(0, request);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                store.put(RECENT + i, encode(recent.get(i)));
            } else {
                store.remove(RECENT + i);
            }
        }
        Path parent = request.image().toAbsolutePath().getParent();
        setLastFolder(parent);
    }

    public void clearRecent() {
        recent.clear();
        for (int i = 0; i < MAX_RECENT; i++) {
            store.remove(RECENT + i);
        }
    }

    static String encode(OpenRequest r) {
        return String.join(SEP, text(r.image()), text(r.depth()), text(r.depthFormat()), text(r.depthScale()),
                text(r.intrinsics()), text(r.labels()), text(r.names()), text(r.objects()));
    }

    static OpenRequest decode(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String[] f = s.split(SEP, -1);
        // 7 fields before annotated objects were remembered, 8 since
        if ((f.length != 7 && f.length != 8) || f[0].isEmpty()) {
            return null;
        }
        List<String> v = new ArrayList<>();
        for (String x : f) {
            v.add(x.isEmpty() ? null : x);
        }
        return new OpenRequest(Path.of(v.get(0)), path(v.get(1)), v.get(2), v.get(3), v.get(4), path(v.get(5)),
                path(v.get(6)), f.length == 8 ? path(v.get(7)) : null);
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static Path path(String s) {
        return s == null ? null : Path.of(s);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
