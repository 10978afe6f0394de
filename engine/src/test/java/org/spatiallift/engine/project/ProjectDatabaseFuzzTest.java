package org.spatiallift.engine.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.testing.FuzzFiles;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for project databases: a real project (QA and decisions in it) with fuzzed bytes written over it, or any
 * bytes as a whole file, is either opened and read or refused with a {@link ProjectException}; anything else is a
 * defect. Seeds and crash fixtures: {@code ProjectDatabaseFuzzTestInputs/project/} in the test resources (fuzzer
 * data, not database files; docs/decisions/0016).
 */
class ProjectDatabaseFuzzTest {

    /** SQLite's file header; most damage that matters is there. */
    private static final int HEADER_BYTES = 100;

    private static byte[] template;

    @FuzzTest
    void project(FuzzedDataProvider data) {
        byte[] bytes;
        if (data.consumeBoolean()) {
            bytes = data.consumeRemainingAsBytes();
        } else {
            bytes = template().clone();
            int edits = data.consumeInt(1, 16);
            for (int i = 0; i < edits; i++) {
                int last = data.consumeBoolean() ? HEADER_BYTES - 1 : bytes.length - 1;
                int at = data.consumeInt(0, last);
                bytes[at] = data.consumeByte();
            }
        }
        Path file = FuzzFiles.emptyFolder("project").resolve("project.db");
        FuzzFiles.write("project/project.db", bytes);
        try (ProjectDatabase db = ProjectDatabase.open(file)) {
            db.schemaVersion();
            for (ReviewStatus s : ReviewStatus.values()) {
                db.count(s);
            }
            db.accepted();
            db.reviews("kitchen.png");
        } catch (ProjectException expected) {
            // refused with a message
        }
    }

    /** A project with QA of one image, two of them decided, as SQLite writes it (made once per JVM). */
    private static synchronized byte[] template() {
        if (template == null) {
            Path file = FuzzFiles.emptyFolder("template").resolve("project.db");
            List<QaPair> pairs = ProjectDatabaseTest.qa("kitchen.png", 1);
            try (ProjectDatabase db = ProjectDatabase.create(file)) {
                db.recordQa("kitchen.png", null, pairs);
                db.decide(pairs.get(0), null, ReviewStatus.ACCEPTED, null, "about 2 m", "fuzz");
                db.decide(pairs.get(1), null, ReviewStatus.REJECTED, null, null, "fuzz");
            } catch (ProjectException e) {
                throw new IllegalStateException(e);
            }
            try {
                template = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }
}
