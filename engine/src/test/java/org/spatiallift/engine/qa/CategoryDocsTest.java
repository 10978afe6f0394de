package org.spatiallift.engine.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/qa-categories.md is what {@link CategoryDocs} writes from the categories (-Dspatiallift.writeDocs=true rewrites it). */
class CategoryDocsTest {

    private static final Path DOC = Path.of("..", "docs", "qa-categories.md");

    @Test
    void docsTableMatchesTheCategories() throws IOException {
        String expected = CategoryDocs.markdown(QaCatalog.standard());
        if (Boolean.getBoolean("spatiallift.writeDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("regenerate with -Dspatiallift.writeDocs=true").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
