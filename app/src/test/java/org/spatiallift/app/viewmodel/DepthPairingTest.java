package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepthPairingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            TUM_color.png,   TUM_depth.png,      'tum, 5000 units/m'
            SUN_color.jpg,   SUN_depth.png,      'sun, 1000 units/m'
            NYU_color.ppm,   NYU_depth.pgm,      'nyu-raw, Kinect disparity (no scale)'
            rgb.png,         depth.png,          'png16, 1000 units/m'
            frame.jpg,       frame_depth.png,    'png16, 1000 units/m'
            shot-rgb.jpg,    shot-depth.npy,     'npy, 1 unit/m (float) or 1000 units/m (uint16)'
            photo.png,       photo.depth.pfm,    'pfm, 1 unit/m'
            """)
    void pairFindsDepthByDatasetNaming(String image, String depth, String format) throws IOException {
        touch(image);
        touch(depth);

        FolderEntry entry = DepthPairing.pair(dir.resolve(image));

        assertThat(entry.request().depth()).isEqualTo(dir.resolve(depth));
        assertThat(entry.request().depthFormat()).as("left to the engine's rule, as File › Open's auto").isNull();
        assertThat(entry.caption()).startsWith("depth " + depth + " (" + format + ")");
    }

    @Test
    void pairFindsDepthInSiblingFolder() throws IOException {
        Files.createDirectories(dir.resolve("color"));
        Files.createDirectories(dir.resolve("depth"));
        touch("color/00003.jpg");
        touch("depth/00003.png");

        FolderEntry entry = DepthPairing.pair(dir.resolve("color/00003.jpg"));

        assertThat(entry.request().depth()).isEqualTo(dir.resolve("depth/00003.png"));
        assertThat(entry.caption()).isEqualTo("depth depth/00003.png (png16, 1000 units/m)");
    }

    @Test
    void pairFindsLabelsNamesAndIntrinsicsOfSampleFolder() throws IOException {
        for (String f : List.of("rgb.png", "depth.png", "labels.png", "names.txt")) {
            touch(f);
        }
        Files.writeString(dir.resolve("intrinsics.txt"), "554.3,554.3,319.5,239.5\n");

        OpenRequest r = DepthPairing.pair(dir.resolve("rgb.png")).request();

        assertThat(r.labels()).isEqualTo(dir.resolve("labels.png"));
        assertThat(r.names()).isEqualTo(dir.resolve("names.txt"));
        assertThat(r.intrinsics()).isEqualTo("554.3,554.3,319.5,239.5");
    }

    @Test
    void pairWithoutDepthSaysSo() throws IOException {
        touch("lonely.jpg");

        FolderEntry entry = DepthPairing.pair(dir.resolve("lonely.jpg"));

        assertThat(entry.hasDepth()).isFalse();
        assertThat(entry.caption()).isEqualTo("no depth file found");
    }

    @Test
    void listShowsColourImagesOnlySortedByName() throws IOException {
        for (String f : List.of("b_color.png", "b_depth.png", "a.jpg", "labels.png", "notes.txt", "mask_1.png")) {
            touch(f);
        }

        List<FolderEntry> entries = FolderViewModel.list(dir);

        assertThat(entries).extracting(e -> e.image().getFileName().toString()).containsExactly("a.jpg", "b_color.png");
    }

    @Test
    void droppedImageDepthAndLabelsBecomeOneRequest() throws IOException {
        Path image = touch("scene.jpg");
        Path depth = touch("scene_depth.png");
        Path labels = touch("scene_labels.png");
        Path names = touch("scene_names.txt");

        DroppedFiles.Outcome o = DroppedFiles.sort(List.of(depth, names, image, labels));

        assertThat(o.request()).isEqualTo(new OpenRequest(image, depth, null, null, null, labels, names));
    }

    @Test
    void droppedIntrinsicsFileIsRead() throws IOException {
        Path image = touch("shot.jpg");
        Path depth = touch("shot_depth.png");
        Path intrinsics = Files.writeString(dir.resolve("camera_intrinsics.txt"), "600,601,320,240\n");

        DroppedFiles.Outcome o = DroppedFiles.sort(List.of(image, depth, intrinsics));

        assertThat(o.request().intrinsics()).isEqualTo("600,601,320,240");
    }

    @Test
    void droppedFolderIsBrowsed() {
        assertThat(DroppedFiles.sort(List.of(dir)).folder()).isEqualTo(dir);
    }

    @Test
    void droppedTwoImagesIsRefusedWithNames() throws IOException {
        DroppedFiles.Outcome o = DroppedFiles.sort(List.of(touch("a.jpg"), touch("b.jpg")));

        assertThat(o.error()).contains("2 images").contains("a.jpg").contains("drop one image with its depth file");
    }

    @Test
    void droppedDepthAloneIsRefused() throws IOException {
        assertThat(DroppedFiles.sort(List.of(touch("x_depth.png"))).error()).contains("x_depth.png")
                .contains("none of the dropped files is a colour image");
    }

    private Path touch(String name) throws IOException {
        return Files.write(dir.resolve(name), new byte[] {0});
    }
}
