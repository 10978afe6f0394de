package org.spatiallift.engine.perception.mask;

import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.segment.BoxSegmenter;

/**
 * The mask source a lift uses and why: {@code name} is "grabcut" or the segmentation model's id, {@code reason} says
 * how it was chosen ("asked for", "installed", "no box segmenter installed", or why an installed one could not be
 * used). Closing it closes the model, if one was opened.
 */
public record MaskSourceChoice(MaskSource source, String name, String reason, AutoCloseable resources)
        implements AutoCloseable {

    /** True when a segmentation model makes the masks. */
    public boolean usesModel() {
        return !GrabCutMaskSource.NAME.equals(name);
    }

    /** The segmentation model's provenance (id, file and graph hashes), or null when GrabCut makes the masks. */
    public ModelProvenance provenance() {
        return resources instanceof BoxSegmenter segmenter ? segmenter.provenance() : null;
    }

    @Override
    public void close() {
        if (resources != null) {
            try {
                resources.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing mask source " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
