package org.spatiallift.engine.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.AtomicOutput;
import org.spatiallift.engine.io.FolderLock;

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
 * <p>
 * All or nothing: the dataset is written into a hidden staging folder inside the target folder, and moved into place
 * (images first, the dataset file last) only when complete; a failure anywhere (a full disk, a missing image) deletes
 * the staging folder, so the folder is left as it was and the export can simply be run again. The target folder is
 * locked ({@link FolderLock}) for the whole export.
 */
public final class AcceptedQaExport {

    private static final Logger LOG = LoggerFactory.getLogger(AcceptedQaExport.class);

    /** What was written. */
    public record Summary(Path file, int images, int lines, int qa) {
    }

    /** Prefix of the hidden folder an export is staged in (never left behind). */
    public static final String STAGING_PREFIX = ".export-";

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
        Path imagesDir = dir.resolve(ExportFormat.IMAGES_DIR);
        if (format == ExportFormat.IMAGEFOLDER && Files.exists(imagesDir)) {
            throw new IOException(imagesDir + ": already exists. Choose an empty folder for the export");
        }
        int lines = 0, qa = 0;
        try (FolderLock lock = FolderLock.acquire(dir, "export of " + db.file().getFileName())) {
            deleteStaleStaging(dir);
            Path staging = Files.createTempDirectory(dir, STAGING_PREFIX);
            try {
                try (QaDataset out = QaDataset.open(staging, format)) {
                    for (AcceptedImage a : images) {
                        Map<Provenance, List<QaPair>> groups = new LinkedHashMap<>();
                        a.pairs().forEach(p -> groups.computeIfAbsent(p.provenance(), k -> new ArrayList<>()).add(p));
                        for (Map.Entry<Provenance, List<QaPair>> g : groups.entrySet()) {
                            String key = groups.size() == 1 ? a.image() : a.image() + "#seed=" + g.getKey().seed();
                            out.append(new ImageQa(key, format.imageFile(a.image()), g.getKey(), g.getValue()),
                                    a.imageFile());
                            lines++;
                            qa += g.getValue().size();
                        }
                    }
                }
                publish(staging, dir, format);
            } finally {
                deleteTree(staging);
            }
        }
        return new Summary(target, images.size(), lines, qa);
    }

    /** Moves a finished dataset from {@code staging} into {@code dir}: the images, then the dataset file. */
    private static void publish(Path staging, Path dir, ExportFormat format) throws IOException {
        Path target = dir.resolve(format.fileName());
        Path images = dir.resolve(ExportFormat.IMAGES_DIR);
        if (Files.exists(target)) {
            throw new IOException(target + ": already holds a dataset. Choose an empty folder for the export");
        }
        boolean movedImages = false;
        try {
            if (format == ExportFormat.IMAGEFOLDER && Files.isDirectory(staging.resolve(ExportFormat.IMAGES_DIR))) {
                Files.move(staging.resolve(ExportFormat.IMAGES_DIR), images);
                movedImages = true;
            }
            Files.move(staging.resolve(format.fileName()), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (movedImages) {
                deleteTree(images);
            }
            throw AtomicOutput.failed(target, e);
        }
    }

    /** Staging folders of exports killed before they finished (none can be running: the folder is locked). */
    private static void deleteStaleStaging(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX) && Files.isDirectory(p))
                    .forEach(p -> {
                        LOG.info("{}: deleting what an interrupted export left", p);
                        deleteTree(p);
                    });
        }
    }

    /** Deletes a folder and everything in it; what cannot be deleted is logged. */
    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("{}: could not delete ({})", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("{}: could not clean up ({})", root, e.getMessage());
        }
    }
}
