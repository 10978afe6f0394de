package org.spatiallift.engine.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.qa.Provenance;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.ImageQa;
import org.spatiallift.engine.qa.export.QaDataset;

/**
 * Writes the accepted QA of a project, with the reviewers' edits applied, as a dataset in one of the
 * {@link ExportFormat}s. Each line holds QA of one provenance: an image whose accepted QA come from one seed is one
 * line keyed by the image; one with QA from several seeds gives a line per seed, keyed {@code image#seed=N}
 * (the image file written into the line is the same).
 */
public final class AcceptedQaExport {

    /** What was written. */
    public record Summary(Path file, int images, int lines, int qa) {
    }

    private AcceptedQaExport() {
    }

    /**
     * Writes into {@code dir}, which must not hold a dataset of this format yet. For an imagefolder, every image is
     * checked before anything is written ({@link ImagefolderSources}): only image files the project recorded, still
     * unchanged, are copied.
     */
    public static Summary write(ProjectDatabase db, Path dir, ExportFormat format)
            throws ProjectException, InputException, IOException {
        List<AcceptedImage> images = db.accepted();
        Path target = dir.resolve(format.fileName());
        if (Files.exists(target)) {
            throw new IOException(target + ": already holds a dataset. Choose an empty folder for the export");
        }
        if (images.isEmpty()) {
            throw new ProjectException(db.file(), "has no accepted QA to export",
                    "Accept some QA in the QA tab first");
        }
        if (format == ExportFormat.IMAGEFOLDER) {
            ImagefolderSources.check(images);
        }
        int lines = 0, qa = 0;
        try (QaDataset out = QaDataset.open(dir, format)) {
            for (AcceptedImage a : images) {
                Map<Provenance, List<QaPair>> groups = new LinkedHashMap<>();
                a.pairs().forEach(p -> groups.computeIfAbsent(p.provenance(), k -> new ArrayList<>()).add(p));
                for (Map.Entry<Provenance, List<QaPair>> g : groups.entrySet()) {
                    String key = groups.size() == 1 ? a.image() : a.image() + "#seed=" + g.getKey().seed();
                    out.append(new ImageQa(key, format.imageFile(a.image()), g.getKey(), g.getValue()), a.imageFile());
                    lines++;
                    qa += g.getValue().size();
                }
            }
        }
        return new Summary(target, images.size(), lines, qa);
    }
}
