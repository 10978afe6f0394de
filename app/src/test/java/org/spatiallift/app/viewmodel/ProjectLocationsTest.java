package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectLocationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /data/xdg | Linux    | /data/xdg/spatiallift/project.spatiallift.db
                      | Linux    | /home/ann/.local/share/spatiallift/project.spatiallift.db
            relative  | Linux    | /home/ann/.local/share/spatiallift/project.spatiallift.db
                      | Mac OS X | /home/ann/Library/Application Support/SpatialLift/project.spatiallift.db
            /data/xdg | Mac OS X | /data/xdg/spatiallift/project.spatiallift.db
            """)
    void defaultProjectFollowsXdgDataHomeThenThePlatformsDataFolder(String xdg, String os, String expected) {
        Map<String, String> env = xdg == null ? Map.of() : Map.of("XDG_DATA_HOME", xdg);

        assertThat(ProjectLocations.defaultProject(env, "/home/ann", os)).isEqualTo(Path.of(expected));
    }
}
