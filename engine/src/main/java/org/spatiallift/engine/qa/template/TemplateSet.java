package org.spatiallift.engine.qa.template;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A category's compiled templates by section; immutable. */
public final class TemplateSet {

    private final String category;
    private final CompiledTemplate[][] bySection;

    public TemplateSet(String category, Map<Section, List<CompiledTemplate>> sections) {
        this.category = category;
        bySection = new CompiledTemplate[Section.values().length][];
        Map<Section, List<CompiledTemplate>> copy = new EnumMap<>(sections);
        for (Section s : Section.values()) {
            List<CompiledTemplate> list = copy.get(s);
            bySection[s.ordinal()] = list == null ? new CompiledTemplate[0] : list.toArray(CompiledTemplate[]::new);
        }
    }

    public String category() {
        return category;
    }

    /** The templates of {@code section}, in file order (empty when the category has no such section). */
    public CompiledTemplate[] section(Section section) {
        return bySection[section.ordinal()];
    }

    public int count(Section section) {
        return bySection[section.ordinal()].length;
    }
}
