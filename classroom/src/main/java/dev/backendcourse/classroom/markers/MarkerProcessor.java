package dev.backendcourse.classroom.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a source file of the course into its starter or solution version.
 *
 * <p>Markers are comments alone on their line, in the file's comment syntax (shown here for Java):
 * <ul>
 * <li>{@code // BEGIN SOLUTION} and {@code // END SOLUTION} enclose a solution region. The starter version replaces
 * the region with its {@code // STARTER: ...} lines, in order, each indented like its marker; a region without
 * one disappears.</li>
 * <li>{@code // SOLUTION FILE}, anywhere outside a region, leaves the whole file out of the starter.</li>
 * </ul>
 * The solution version keeps every region's code and drops all marker and {@code STARTER} lines.
 * A region left open, a region inside another, or a marker with extra text is a {@link MarkerException}.
 */
public final class MarkerProcessor {

    static final String BEGIN = "BEGIN SOLUTION";
    static final String END = "END SOLUTION";
    static final String SOLUTION_FILE = "SOLUTION FILE";
    static final String STARTER = "STARTER:";

    private MarkerProcessor() {
    }

    /**
     * Returns the file's text for {@code edition}, or empty when the file is solution-only and the edition is the
     * starter. {@code file} names the file in error messages.
     */
    public static Optional<String> process(String file, String text, CommentSyntax syntax, Edition edition) {
        List<String> output = new ArrayList<>();
        List<String> starterLines = new ArrayList<>();
        boolean solutionOnly = false;
        int regionStart = 0;

        String[] lines = text.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            int lineNumber = index + 1;
            boolean inRegion = regionStart > 0;
            Marker marker = Marker.parse(file, lineNumber, line, syntax);

            switch (marker) {
                case BEGIN -> {
                    if (inRegion) {
                        throw new MarkerException(file, lineNumber, syntax.comment(BEGIN) + " inside the region opened at line "
                                + regionStart + ". Close that region with " + syntax.comment(END) + " first.");
                    }
                    regionStart = lineNumber;
                    starterLines.clear();
                }
                case END -> {
                    if (!inRegion) {
                        throw new MarkerException(file, lineNumber, syntax.comment(END) + " without a "
                                + syntax.comment(BEGIN) + " before it.");
                    }
                    if (edition == Edition.STARTER) {
                        output.addAll(starterLines);
                    }
                    regionStart = 0;
                }
                case STARTER_LINE -> {
                    if (!inRegion) {
                        throw new MarkerException(file, lineNumber, syntax.comment(STARTER)
                                + " outside a solution region. Put it between " + syntax.comment(BEGIN) + " and "
                                + syntax.comment(END) + ".");
                    }
                    starterLines.add(starterLine(line, syntax));
                }
                case SOLUTION_FILE_LINE -> {
                    if (inRegion) {
                        throw new MarkerException(file, lineNumber, syntax.comment(SOLUTION_FILE)
                                + " inside a solution region. Put it on a line of its own outside any region.");
                    }
                    solutionOnly = true;
                }
                case NONE -> {
                    if (!inRegion || edition == Edition.SOLUTION) {
                        output.add(line);
                    }
                }
            }
        }

        if (regionStart > 0) {
            throw new MarkerException(file, regionStart, syntax.comment(BEGIN) + " is never closed. Add "
                    + syntax.comment(END) + " after the solution code.");
        }
        if (solutionOnly && edition == Edition.STARTER) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n", output));
    }

    /** Returns the replacement text of a STARTER line, indented like the marker. */
    private static String starterLine(String line, CommentSyntax syntax) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String content = syntax.commentText(line).orElseThrow().substring(STARTER.length());
        if (content.startsWith(" ")) {
            content = content.substring(1);
        }
        return indent + content;
    }

    private enum Marker {
        BEGIN, END, STARTER_LINE, SOLUTION_FILE_LINE, NONE;

        static Marker parse(String file, int lineNumber, String line, CommentSyntax syntax) {
            Optional<String> comment = syntax.commentText(line);
            if (comment.isPresent()) {
                String text = comment.get();
                if (text.equals(MarkerProcessor.BEGIN)) {
                    return BEGIN;
                }
                if (text.equals(MarkerProcessor.END)) {
                    return END;
                }
                if (text.equals(MarkerProcessor.SOLUTION_FILE)) {
                    return SOLUTION_FILE_LINE;
                }
                if (text.startsWith(MarkerProcessor.STARTER)) {
                    return STARTER_LINE;
                }
            }

            // A near miss, such as "// BEGIN SOLUTION: routes" or a marker after code, would otherwise ship the
            // solution. Prose that quotes another syntax's marker, such as `// BEGIN SOLUTION` in Markdown, is fine.
            for (String keyword : List.of(MarkerProcessor.BEGIN, MarkerProcessor.END, MarkerProcessor.SOLUTION_FILE)) {
                if (syntax.opensCommentBefore(line, keyword)) {
                    throw new MarkerException(file, lineNumber, "malformed marker '" + line.strip()
                            + "'. Write it alone on its line as " + syntax.comment(keyword) + ".");
                }
            }
            return NONE;
        }
    }
}
