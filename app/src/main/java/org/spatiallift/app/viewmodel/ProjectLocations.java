package org.spatiallift.app.viewmodel;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the default project file lives: under the user's data folder ({@code $XDG_DATA_HOME/spatiallift}, else
 * {@code ~/.local/share/spatiallift} on Linux, {@code ~/Library/Application Support/SpatialLift} on macOS,
 * {@code %APPDATA%\SpatialLift} on Windows).
 */
public final class ProjectLocations {

    public static final String FILE_NAME = "project.spatiallift.db";

    private ProjectLocations() {
    }

    /** The default project of this user on this machine. */
    public static Path defaultProject() {
        return defaultProject(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name", ""));
    }

    static Path defaultProject(Map<String, String> env, String home, String osName) {
        String xdg = env.get("XDG_DATA_HOME");
        String os = osName.toLowerCase(Locale.ROOT);
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "spatiallift", FILE_NAME);
        }
        if (os.startsWith("windows") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "SpatialLift", FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "SpatialLift", FILE_NAME);
        }
        return Path.of(home, ".local", "share", "spatiallift", FILE_NAME);
    }
}
