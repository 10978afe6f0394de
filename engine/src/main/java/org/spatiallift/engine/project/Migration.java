package org.spatiallift.engine.project;

import java.util.List;

/**
 * One step of the project schema: the statements that take a database from {@code version − 1} to {@code version}.
 * Steps are applied in order, each in its own transaction together with the new {@code PRAGMA user_version}, so a
 * database is always at a whole version.
 *
 * @param version     the schema version after this step (1, 2, ...)
 * @param description what the step adds, for the log and the ADR
 * @param statements  SQL statements, run in order
 */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("a migration's version starts at 1, got " + version);
        }
        statements = List.copyOf(statements);
    }
}
