package org.spatiallift.engine.qa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.template.TemplateException;
import org.spatiallift.engine.qa.template.TemplateFile;

/**
 * Checks the template folder of the source tree at build time (the engine's {@code process-classes} phase runs
 * {@link #main}): one file per category and no other file, each meeting its category's rules (sections, at least 20
 * questions and 10 answers per answer section, placeholders allowed and required, end punctuation, no duplicates).
 */
public final class TemplateValidator {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateValidator.class);

    private TemplateValidator() {
    }

    /** Every problem of the template files in {@code dir} (empty when all is well). */
    public static List<String> validate(Path dir, List<Category> categories) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": the template folder does not exist");
            return problems;
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> present.add(f.getFileName().toString()));
        }
        for (Category c : categories) {
            String name = c.name() + ".txt";
            if (!present.remove(name)) {
                problems.add(dir.resolve(name) + ": missing (every category needs a template file)");
                continue;
            }
            TemplateFile file = TemplateFile.parse(name, Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
            problems.addAll(file.check(c.rules()));
        }
        for (String stray : present) {
            problems.add(dir.resolve(stray) + ": no category is called \"" + stray.replaceFirst("\\.txt$", "")
                    + "\" (a misspelt or leftover template file)");
        }
        return problems;
    }

    /** Build step: args[0] is the template folder; throws {@link TemplateException} listing every problem. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TemplateValidator <template folder>");
        }
        Path dir = Path.of(args[0]);
        List<String> problems = validate(dir, Categories.all());
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        LOG.info("{} QA template files in {} are valid", Categories.all().size(), dir);
    }
}
