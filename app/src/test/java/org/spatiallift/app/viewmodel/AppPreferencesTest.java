package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;

class AppPreferencesTest {

    private final InMemoryPreferenceStore store = new InMemoryPreferenceStore();

    @Test
    void unitsAndColourModePersistAcrossInstances() {
        AppPreferences first = new AppPreferences(store);
        first.lengthUnitProperty().set(LengthUnit.METRES_AND_FEET);
        first.colourModeProperty().set(ColourMode.DEPTH);

        AppPreferences second = new AppPreferences(store);

        assertThat(second.lengthUnitProperty().get()).isEqualTo(LengthUnit.METRES_AND_FEET);
        assertThat(second.colourModeProperty().get()).isEqualTo(ColourMode.DEPTH);
    }

    @Test
    void pointSizeIsAutoByDefaultAndPersistsAcrossInstances() {
        AppPreferences first = new AppPreferences(store);
        assertThat(first.pointSizeProperty().get()).isEqualTo(PointSize.AUTO);
        first.pointSizeProperty().set(PointSize.PX3);

        AppPreferences second = new AppPreferences(store);

        assertThat(second.pointSizeProperty().get()).isEqualTo(PointSize.PX3);
        assertThat(second.pointSizeProperty().get().px()).isEqualTo(3);
        assertThat(store.get(AppPreferences.POINT_SIZE, null)).isEqualTo("PX3");
    }

    @Test
    void projectFilePersistsAcrossInstances() {
        AppPreferences first = new AppPreferences(store);
        assertThat(first.projectFileProperty().get()).isNull();
        first.setProjectFile(Path.of("/data/projects/kitchen.db"));

        AppPreferences second = new AppPreferences(store);

        assertThat(second.projectFileProperty().get()).isEqualTo(Path.of("/data/projects/kitchen.db"));
    }

    @Test
    void unknownStoredValuesFallBackToDefaults() {
        store.put(AppPreferences.UNITS, "CUBITS");
        store.put(AppPreferences.POINT_SIZE, "HUGE");
        store.put(AppPreferences.RECENT + 0, "garbage");

        AppPreferences p = new AppPreferences(store);

        assertThat(p.lengthUnitProperty().get()).isEqualTo(LengthUnit.METRES);
        assertThat(p.colourModeProperty().get()).isEqualTo(ColourMode.RGB);
        assertThat(p.pointSizeProperty().get()).isEqualTo(PointSize.AUTO);
        assertThat(p.recentFiles()).isEmpty();
    }

    @Test
    void addRecentKeepsNewestFirstWithoutDuplicatesAndRemembersFolder() {
        AppPreferences p = new AppPreferences(store);
        for (int i = 0; i < 10; i++) {
            p.addRecent(OpenRequest.of(Path.of("/data/f" + i + ".png"), Path.of("/data/d" + i + ".png")));
        }
        p.addRecent(new OpenRequest(Path.of("/data/f5.png"), Path.of("/data/d5.png"), "tum", "5000", "525,525,319.5,239.5",
                null, null));

        AppPreferences reloaded = new AppPreferences(store);

        assertThat(reloaded.recentFiles()).hasSize(AppPreferences.MAX_RECENT);
        assertThat(reloaded.recentFiles().get(0)).isEqualTo(new OpenRequest(Path.of("/data/f5.png"),
                Path.of("/data/d5.png"), "tum", "5000", "525,525,319.5,239.5", null, null));
        assertThat(reloaded.recentFiles().get(1).image()).isEqualTo(Path.of("/data/f9.png"));
        assertThat(reloaded.recentFiles()).extracting(OpenRequest::image).doesNotHaveDuplicates();
        assertThat(reloaded.lastFolderProperty().get()).isEqualTo(Path.of("/data"));
    }

    @Test
    void aRecentFileKeepsItsAnnotatedObjectsAndOldEntriesWithoutThemStillLoad() {
        AppPreferences p = new AppPreferences(store);
        OpenRequest withBoxes = new OpenRequest(Path.of("/data/color.png"), Path.of("/data/depth.png"), null, null,
                null, null, null, Path.of("/data/objects.json"));

        p.addRecent(withBoxes);

        assertThat(new AppPreferences(store).recentFiles()).containsExactly(withBoxes);
        assertThat(AppPreferences.decode("/a/b.png\t\t\t\t\t\t").objects()).isNull();
    }

    @Test
    void clearRecentEmptiesStore() {
        AppPreferences p = new AppPreferences(store);
        p.addRecent(OpenRequest.of(Path.of("/a/b.png"), null));

        p.clearRecent();

        assertThat(new AppPreferences(store).recentFiles()).isEmpty();
    }
}
