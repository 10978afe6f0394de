package org.spatiallift.engine.qa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.template.Section;
import org.spatiallift.engine.qa.template.TemplateException;
import org.spatiallift.engine.qa.template.TemplateFile;
import org.spatiallift.engine.qa.template.TemplateSet;

/**
 * The categories with their templates, loaded and checked once from the class path
 * ({@value #TEMPLATE_DIR}&lt;category&gt;.txt in the resources module). Immutable and thread-safe.
 */
public final class QaCatalog {

    /** Class-path folder of the template files. */
    public static final String TEMPLATE_DIR = "/org/spatiallift/resources/qa/templates/";

    private static volatile QaCatalog standard;

    private final List<Category> categories;
    private final List<TemplateSet> templates;

    private QaCatalog(List<Category> categories, List<TemplateSet> templates) {
        this.categories = List.copyOf(categories);
        this.templates = List.copyOf(templates);
    }

    /** The shipped catalog; throws {@link TemplateException} listing every problem when a template file is broken. */
    public static QaCatalog standard() {
        QaCatalog c = standard;
        if (c == null) {
            synchronized (QaCatalog.class) {
                c = standard;
                if (c == null) {
                    c = load(Categories.all());
                    standard = c;
                }
            }
        }
        return c;
    }

    /** Loads and checks the template file of each of {@code categories} from the class path. */
    static QaCatalog load(List<Category> categories) {
        List<String> problems = new ArrayList<>();
        List<TemplateSet> sets = new ArrayList<>();
        for (Category c : categories) {
            String resource = TEMPLATE_DIR + c.name() + ".txt";
            String text = read(resource);
            if (text == null) {
                problems.add(resource + ": missing (every category needs a template file)");
                continue;
            }
            TemplateFile file = TemplateFile.parse(c.name() + ".txt", text);
            List<String> found = file.check(c.rules());
            problems.addAll(found);
            if (found.isEmpty()) {
                sets.add(file.compile(c.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        return new QaCatalog(categories, sets);
    }

    private static String read(String resource) {
        try (InputStream in = QaCatalog.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the template file " + resource + " from the class path: "
                    + e.getMessage(), e);
        }
    }

    /** Categories in their fixed order (index = position). */
    public List<Category> categories() {
        return categories;
    }

    /** The templates of the category at {@code index}. */
    public TemplateSet templates(int index) {
        return templates.get(index);
    }

    /** The index of the category called {@code name}, or −1. */
    public int indexOf(String name) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Every category as users see it (name, kind, template counts, definition, margin rule, gravity). */
    public List<CategoryInfo> infos() {
        List<CategoryInfo> out = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            TemplateSet t = templates.get(i);
            int answers = t.count(Section.ANSWERS) + t.count(Section.YES) + t.count(Section.NO);
            out.add(new CategoryInfo(c.name(), c.kind(), t.count(Section.QUESTIONS), answers, c.definition(),
                    c.marginRule(), c.needsGravity(), c.arity().description()));
        }
        return out;
    }
}
