package org.spatiallift.engine.vlm;

/**
 * One function call of a tool conversation, for display.
 *
 * @param tool      the function name as the model wrote it
 * @param arguments the arguments as the model wrote them
 * @param result    the JSON sent back to the model (a measurement, or {@code {"error": …}})
 * @param error     true when the call was refused (unknown function, bad arguments) and nothing was measured
 */
public record ToolStep(String tool, String arguments, String result, boolean error) {
}
