package org.spatiallift.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.spatiallift.engine.io.TerminalText;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The CLI's exit-code rule for what picocli finds while parsing, the same as for the commands' own checks:
 * a value that is wrong (not a number where one is needed, as much as a number out of range) is bad input, exit 1;
 * a command line of the wrong shape (an unknown or missing option, a missing value) is bad usage, exit 2. Either way
 * one short message names the option, the value and where to look, instead of the whole usage text.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String help = "'" + cmd.getCommandSpec().qualifiedName() + " --help'";
        if (ex.getCause() instanceof TypeConversionException && ex.getArgSpec() instanceof OptionSpec option) {
            err.println("spatiallift: " + TerminalText.escape(option.longestName() + ": '" + ex.getValue() + "' is not "
                    + kind(option) + ". Give " + option.longestName() + " " + option.paramLabel() + " as " + help
                    + " describes"));
            err.flush();
            return Main.EXIT_BAD_INPUT;
        }
        err.println("spatiallift: " + TerminalText.escape(ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run " + help + " for the options.");
        err.flush();
        return Main.EXIT_USAGE;
    }

    private static String kind(ArgSpec spec) {
        Class<?> t = spec.type();
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class || t == short.class
                || t == Short.class) {
            return "a whole number";
        }
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
            return "a number";
        }
        if (t == Path.class) {
            return "a usable path";
        }
        if (t.isEnum()) {
            return "one of the accepted values";
        }
        return "a valid value";
    }
}
