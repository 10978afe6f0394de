package org.spatiallift.engine.annotation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.PerceptionReport;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.ModelRef;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;

/**
 * The provenance of a scene whose objects came from annotations: {@code objects_from} "annotations" and, beside the
 * models that shaped the scene, the annotation file with its SHA-256 under the role {@value #ROLE}. The file is named
 * relative to the dataset like the image (the image key's folder + its file name when it lies beside the image, else
 * its file name alone), never by an absolute path.
 */
public final class AnnotationProvenance {

    /** Says what the file gave: the objects' classes and extents are the annotated boxes, not the points' hull. */
    public static final String ROLE = "annotated_boxes (class and extent as annotated)";

    private AnnotationProvenance() {
    }

    /**
     * The QA scene of a lift, for the command line and the app alike: its provenance names the annotation file when the
     * objects came from annotations; its object list is complete when the label map was declared so or the annotations
     * say they are exhaustive.
     *
     * @param base           where the scene came from otherwise (with the estimated depth's model, if any)
     * @param labelsComplete the user declared the label map's (or annotations') object list complete
     */
    public static QaScene scene(String key, LiftResult result, Margins margins, SceneSource base,
                                boolean labelsComplete) {
        Annotations annotations = PerceptionReport.ANNOTATIONS.equals(result.perception().source())
                ? result.input().annotations() : null;
        if (annotations == null) {
            return QaScene.of(key, result, margins, base).withObjectsDeclaredComplete(labelsComplete);
        }
        return QaScene.of(key, result, margins, source(key, result.input(), base))
                .withObjectsDeclaredComplete(labelsComplete || annotations.complete());
    }

    /**
     * @param key   the image's key in the dataset ("scene/color.png")
     * @param input the lift's input, with its annotations
     * @param base  the source's models (scene filter, ...)
     * @return {@code base} itself when the input has no annotations
     */
    public static SceneSource source(String key, LiftInput input, SceneSource base) {
        Annotations a = input.annotations();
        if (a == null) {
            return base;
        }
        List<ModelRef> models = new ArrayList<>(base.models());
        models.add(new ModelRef(name(key, input.imageFile(), a.file()), ROLE, a.sha256()));
        return new SceneSource(SceneSource.ANNOTATIONS, models, base.depth());
    }

    static String name(String key, Path image, Path file) {
        String fileName = file.getFileName().toString();
        Path imageDir = image == null ? null : image.toAbsolutePath().getParent();
        Path fileDir = file.toAbsolutePath().getParent();
        int slash = key.lastIndexOf('/');
        if (imageDir != null && imageDir.equals(fileDir) && slash > 0) {
            return key.substring(0, slash + 1) + fileName;
        }
        return fileName;
    }
}
