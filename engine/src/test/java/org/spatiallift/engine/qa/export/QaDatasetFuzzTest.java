package org.spatiallift.engine.qa.export;

import java.io.IOException;
import java.nio.file.Path;

import org.spatiallift.engine.testing.FuzzFiles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for a JSONL dataset that {@code generate} resumes and {@code export} reads back: any bytes in the
 * dataset file are either read or refused with an {@link IOException} that names the file and line; anything else is
 * a defect. Seeds and crash fixtures: {@code QaDatasetFuzzTestInputs/<method>/} in the test resources
 * (docs/decisions/0016).
 */
class QaDatasetFuzzTest {

    @FuzzTest
    void llava(byte[] data) {
        read(data, ExportFormat.LLAVA);
    }

    @FuzzTest
    void messages(byte[] data) {
        read(data, ExportFormat.MESSAGES);
    }

    @FuzzTest
    void imagefolder(byte[] data) {
        read(data, ExportFormat.IMAGEFOLDER);
    }

    private static void read(byte[] data, ExportFormat format) {
        Path dir = FuzzFiles.emptyFolder("dataset");
        FuzzFiles.write("dataset/" + format.fileName(), data);
        try {
            QaDataset.readAll(dir, format);
        } catch (IOException expected) {
            // refused, naming the file and line
        }
        try (QaDataset resumed = QaDataset.open(dir, format)) {
            resumed.done();
        } catch (IOException expected) {
            // refused, naming the file and line
        }
    }
}
