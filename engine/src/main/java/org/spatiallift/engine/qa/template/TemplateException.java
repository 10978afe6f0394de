package org.spatiallift.engine.qa.template;

import java.util.List;

/** Template files that break the rules; the message lists every problem as "file:line: problem". */
public final class TemplateException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public TemplateException(List<String> problems) {
        super(problems.size() + " problem(s) in the QA template files:\n  " + String.join("\n  ", problems)
                + "\nFix the template files under resources/src/main/resources/org/spatiallift/resources/qa/templates");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
