package org.spatiallift.app.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;

import javax.imageio.ImageIO;

/** Saves what a window or a node shows as a PNG file. */
public final class ScreenshotWriter {

    private ScreenshotWriter() {
    }

    public static void write(Scene scene, Path file) throws IOException {
        write(scene.snapshot(null), file);
    }

    public static void write(Node node, Path file) throws IOException {
        write(node.snapshot(null, null), file);
    }

    public static void write(Image image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException(file + ": no PNG writer available");
        }
    }
}
