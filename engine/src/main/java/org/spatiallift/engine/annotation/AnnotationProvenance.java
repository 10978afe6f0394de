package org.spatiallift.engine.annotation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.qa.ModelRef;
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
