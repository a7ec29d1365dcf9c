package dev.backendcourse.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A console block split into commands and the output shown under each. A command line starts with {@code $ }, and
 * a line ending in a backslash continues on the next one.
 */
record Transcript(List<Step> steps) {

    /** One command, without its {@code $ } prompt, and the output lines shown under it. */
    record Step(String command, List<String> output) {

        String outputText() {
            return String.join("\n", output).strip();
        }
    }

    static Transcript parse(List<String> lines) {
        List<Step> steps = new ArrayList<>();
        StringBuilder command = null;
        List<String> output = new ArrayList<>();
        boolean continued = false;

        for (String line : lines) {
            if (continued) {
                command.append(' ').append(withoutContinuation(line).strip());
                continued = line.stripTrailing().endsWith("\\");
            } else if (line.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new Step(command.toString(), output));
                }
                command = new StringBuilder(withoutContinuation(line.substring(2)).strip());
                output = new ArrayList<>();
                continued = line.stripTrailing().endsWith("\\");
            } else if (command == null) {
                throw new IllegalArgumentException("Output before the first command (a line starting with \"$ \"): " + line);
            } else {
                output.add(line);
            }
        }
        if (command != null) {
            steps.add(new Step(command.toString(), output));
        }
        return new Transcript(steps);
    }

    private static String withoutContinuation(String line) {
        String trimmed = line.stripTrailing();
        return trimmed.endsWith("\\") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
