package org.spatiallift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.OutputException;
import org.spatiallift.engine.project.AcceptedQaExport;
import org.spatiallift.engine.project.ProjectDatabase;
import org.spatiallift.engine.project.ProjectException;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.io.TerminalText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spatiallift export --accepted-only --db FILE --out DIR}: the reviewed QA of a project as a dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the accepted QA of a project database (edits applied) as a LLaVA, messages or imagefolder dataset.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--accepted-only", required = true,
            description = "Only QA accepted in review (the only mode so far; required so the choice is explicit).")
    boolean acceptedOnly;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The project database (the app's File › Open project…); "
            + "read-only projects are read without being changed.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "An empty folder for the dataset.")
    Path out;

    @Option(names = "--format", paramLabel = "llava|messages|imagefolder", defaultValue = "llava",
            description = "Dataset layout (default ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        ExportFormat f;
        try {
            f = ExportFormat.fromKey(format);
        } catch (IllegalArgumentException e) {
            throw InputException.forValue("--format", e.getMessage(), "Give --format llava, messages or imagefolder");
        }
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw InputException.forValue("--out " + out, "is a file, not a folder",
                    "Give --out a new or empty folder for the dataset");
        }
        if (!java.nio.file.Files.isRegularFile(db)) {
            throw new InputException(db, "no such project database", "Give the file the app keeps its QA decisions in");
        }
        try (ProjectDatabase project = ProjectDatabase.open(db)) {
            AcceptedQaExport.Summary s = AcceptedQaExport.write(project, out, f);
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d accepted QA of %d images in %d lines (%s)%n",
                    TerminalText.escape(s.file().toString()), s.qa(), s.images(), s.lines(), f.key());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ProjectException e) {
            throw new InputException(e.file(), e.problem(), e.remedy(), e);
        } catch (OutputException e) {
            throw e.asInputException();
        } catch (IOException e) {
            throw new InputException(out, e.getMessage(), "Choose an empty folder you can write to", e);
        }
    }
}
