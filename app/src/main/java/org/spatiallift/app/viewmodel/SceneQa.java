package org.spatiallift.app.viewmodel;

import java.nio.file.Path;

import org.spatiallift.engine.annotation.AnnotationProvenance;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;

/**
 * The one rule by which the app makes a scene on show into a QA scene, for the QA tab and the chat alike: its key
 * (the image file's absolute path, or "sample"), and its objects named as generation names them.
 */
final class SceneQa {

    /** The key of the built-in sample scene, which has no file. */
    static final String SAMPLE_KEY = "sample";

    private SceneQa() {
    }

    /** The image file of the scene, absolute and normalised, or null (the built-in sample). */
    static Path imageFile(SceneModel model) {
        Path file = model.result().input().imageFile();
        return file == null ? null : file.toAbsolutePath().normalize();
    }

    /** The key the project stores the image under. */
    static String imageKey(SceneModel model) {
        Path file = imageFile(model);
        return file == null ? SAMPLE_KEY : file.toString().replace('\\', '/');
    }

    /** The scene's usable objects with their referring expressions, as generation sees them. */
    static QaScene of(SceneModel model, String key, Margins margins) {
        SceneSource base = imageFile(model) == null ? SceneSource.SYNTHETIC : SceneSource.LABELS;
        if (model.depthModel() != null) {
            base = base.withEstimatedDepth(model.depthModel());
        }
        return AnnotationProvenance.scene(key, model.result(), margins, base, false);
    }
}
