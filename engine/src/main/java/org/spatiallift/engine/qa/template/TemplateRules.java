package org.spatiallift.engine.qa.template;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The sections a category's template file must have, each with its {@link SectionRule}. */
public record TemplateRules(Map<Section, SectionRule> sections) {

    public TemplateRules {
        sections = Map.copyOf(sections);
    }

    public static TemplateRules of(List<SectionRule> rules) {
        Map<Section, SectionRule> map = new EnumMap<>(Section.class);
        for (SectionRule r : rules) {
            if (map.put(r.section(), r) != null) {
                throw new IllegalArgumentException("section " + r.section().key() + " given twice");
            }
        }
        return new TemplateRules(map);
    }

    public SectionRule rule(Section section) {
        return sections.get(section);
    }
}
