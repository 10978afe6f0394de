package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanionFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(textBlock = """
            color/00000.jpg,   depth/00000.png
            rgb/a.png,         depth/a.png
            x/TUM_color.png,   x/TUM_depth.png
            x/NYU_color.ppm,   x/NYU_depth.pgm
            s/rgb.png,         s/depth.png
            s/kitchen.jpg,     s/kitchen_depth.png
            s/hall.jpg,        s/hall.depth.npy
            s/shot_img.jpg,    s/shot_depth.png
            s/Color.png,       s/Depth.png
            """)
    void depthIsFoundByTheNamingRules(String image, String depth) throws IOException {
        Path img = touch(image), d = touch(depth);
        assertThat(CompanionFiles.find(img, "depth")).isEqualTo(d.toAbsolutePath());
    }

    @Test
    void labelsNamesAndIntrinsicsFollowTheSameRules() throws IOException {
        Path img = touch("s/rgb.png");
        touch("s/labels.png");
        touch("s/names.txt");
        touch("s/intrinsics.txt");
        assertThat(CompanionFiles.find(img, "labels")).hasFileName("labels.png");
        assertThat(CompanionFiles.find(img, "names")).hasFileName("names.txt");
        assertThat(CompanionFiles.find(img, "intrinsics")).hasFileName("intrinsics.txt");
        assertThat(CompanionFiles.find(touch("t/photo.jpg"), "labels")).isNull();
    }

    @Test
    void aLabelMapMayBeCalledLabelAndOneIntrinsicsFileServesAFolder() throws IOException {
        Path img = touch("s/scene_rgb.png");
        touch("s/scene_label.png");
        touch("s/intrinsics.txt");
        assertThat(CompanionFiles.find(img, "labels")).hasFileName("scene_label.png");
        assertThat(CompanionFiles.find(touch("s/other.jpg"), "intrinsics")).hasFileName("intrinsics.txt");
    }

    @Test
    void anImageIsNeverItsOwnCompanion() throws IOException {
        Path img = touch("s/frame.png");
        assertThat(CompanionFiles.candidates(img, "depth")).doesNotContain(img.toAbsolutePath());
        Path depthNamedLikeImage = touch("depth/x.png");
        assertThat(CompanionFiles.find(depthNamedLikeImage, "depth")).isNull();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            f/color.png,        f/objects.json
            color/00000.jpg,    objects/00000.json
            s/kitchen.jpg,      s/kitchen_objects.json
            """)
    void annotatedObjectsAreFoundByTheLabelMapsRules(String image, String objects) throws IOException {
        Path img = touch(image), o = touch(objects);
        touch(image.substring(0, image.lastIndexOf('/')) + "/unrelated.json");
        assertThat(CompanionFiles.find(img, "objects")).isEqualTo(o.toAbsolutePath());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            color/00000.jpg,    true
            s/rgb.png,          true
            s/kitchen.jpg,      true
            s/depth.png,        false
            depth/00000.png,    false
            s/TUM_depth.png,    false
            s/labels.png,       false
            s/x_mask.png,       false
            s/notes.txt,        false
            s/NYU_depth.pgm,    false
            """)
    void onlyColourImagesAreTakenFromFolders(String file, boolean colour) {
        assertThat(CompanionFiles.looksLikeColour(dir.resolve(file))).isEqualTo(colour);
    }

    private Path touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.exists(p) ? p : Files.createFile(p);
    }
}
