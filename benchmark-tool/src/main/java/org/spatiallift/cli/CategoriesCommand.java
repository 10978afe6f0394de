package org.spatiallift.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.spatiallift.engine.qa.CategoryInfo;
import org.spatiallift.engine.qa.QaCatalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spatiallift categories}: every QA category with its kind, template counts and geometric definition. */
@Command(name = "categories", mixinStandardHelpOptions = true,
        description = "List the QA categories: kind, template counts, definition in the canonical frame.")
final class CategoriesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print [{\"name\", \"kind\", \"question_templates\", \"answer_templates\", "
            + "\"definition\", ...}] on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        var out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            for (CategoryInfo c : QaCatalog.standard().infos()) {
                list.addObject().put("name", c.name()).put("kind", c.kind().key())
                        .put("question_templates", c.questionTemplates()).put("answer_templates", c.answerTemplates())
                        .put("definition", c.definition()).put("margin", c.marginRule())
                        .put("needs_gravity", c.needsGravity()).put("objects", c.objects());
            }
            out.println(Json.MAPPER.writeValueAsString(list));
        } else {
            for (CategoryInfo c : QaCatalog.standard().infos()) {
                out.printf(Locale.ROOT, "%-22s %-13s %3d questions %3d answers%s%n    %s%n", c.name(), c.kind().key(),
                        c.questionTemplates(), c.answerTemplates(), c.needsGravity() ? "  (needs gravity)" : "",
                        c.definition());
            }
        }
        out.flush();
        return 0;
    }
}
