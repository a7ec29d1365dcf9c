package dev.backendcourse.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a snippet is an excerpt of a source file: its lines must appear in the file in the same order
 * and next to each other, shifted left by one common indentation. A line that holds only {@code ...} (or
 * {@code // ...}, {@code -- ...}, {@code # ...}) stands for any number of source lines, including none.
 *
 * <p>The classroom exporter's marker lines ({@code // BEGIN SOLUTION}, {@code // END SOLUTION},
 * {@code // STARTER: ...} and their SQL and XML forms) are not part of the lesson, so they are skipped in the source.
 */
final class SourceExcerpt {

    private static final Pattern ELISION = Pattern.compile("^\\s*(//|--|#)?\\s*\\.\\.\\.\\s*$");
    private static final Pattern EXPORTER_MARKER =
            Pattern.compile("^\\s*(//|--|<!--)\\s*(BEGIN SOLUTION|END SOLUTION|STARTER:).*$");

    /** A source line that takes part in the lesson, with its 1-based line number in the file. */
    record SourceLine(int number, String text) {
    }

    private final List<SourceLine> source;

    SourceExcerpt(List<String> fileLines) {
        List<SourceLine> kept = new ArrayList<>();
        for (int i = 0; i < fileLines.size(); i++) {
            String text = stripTrailing(fileLines.get(i));
            if (!EXPORTER_MARKER.matcher(text).matches()) {
                kept.add(new SourceLine(i + 1, text));
            }
        }
        this.source = kept;
    }

    /** Returns true when the snippet appears in the source as described in the class comment. */
    boolean contains(List<String> snippetLines) {
        List<List<String>> segments = segments(snippetLines);
        if (segments.isEmpty()) {
            return false;
        }
        List<String> first = segments.get(0);
        for (int start = 0; start + first.size() <= source.size(); start++) {
            Optional<Integer> offset = indentOffset(first, start);
            if (offset.isPresent() && matchesFrom(segments, start, offset.get())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Describes the difference between the snippet and the closest run of source lines, as a diff in which
     * {@code -} lines are in the notes only and {@code +} lines are in the source only.
     */
    String closestDifference(List<String> snippetLines) {
        StringBuilder report = new StringBuilder();
        for (List<String> segment : segments(snippetLines)) {
            int bestStart = closestStart(segment);
            int end = Math.min(source.size(), bestStart + segment.size());
            List<SourceLine> window = source.subList(bestStart, end);
            if (window.isEmpty()) {
                continue;
            }
            report.append("  near source lines ").append(window.get(0).number())
                    .append('-').append(window.get(window.size() - 1).number()).append(":\n");
            List<String> windowText = window.stream().map(SourceLine::text).toList();
            for (String line : LineDiff.diff(dedent(segment), dedent(windowText))) {
                report.append("    ").append(line).append('\n');
            }
        }
        return report.toString();
    }

    private boolean matchesFrom(List<List<String>> segments, int start, int offset) {
        int position = start;
        for (int s = 0; s < segments.size(); s++) {
            List<String> segment = segments.get(s);
            if (s == 0) {
                position = start + segment.size();
                continue;
            }
            int found = -1;
            for (int candidate = position; candidate + segment.size() <= source.size(); candidate++) {
                if (segmentMatches(segment, candidate, offset)) {
                    found = candidate;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            position = found + segment.size();
        }
        return true;
    }

    private Optional<Integer> indentOffset(List<String> segment, int start) {
        for (int i = 0; i < segment.size(); i++) {
            if (!segment.get(i).isBlank()) {
                String sourceText = source.get(start + i).text();
                int offset = indentation(sourceText) - indentation(segment.get(i));
                if (offset < 0 || !segmentMatches(segment, start, offset)) {
                    return Optional.empty();
                }
                return Optional.of(offset);
            }
        }
        return Optional.empty();
    }

    private boolean segmentMatches(List<String> segment, int start, int offset) {
        String shift = " ".repeat(offset);
        for (int i = 0; i < segment.size(); i++) {
            String expected = segment.get(i).isBlank() ? "" : shift + segment.get(i);
            if (!source.get(start + i).text().equals(expected)) {
                return false;
            }
        }
        return true;
    }

    private int closestStart(List<String> segment) {
        int best = 0;
        int bestScore = -1;
        for (int start = 0; start < source.size(); start++) {
            int score = 0;
            for (int i = 0; i < segment.size() && start + i < source.size(); i++) {
                if (source.get(start + i).text().strip().equals(segment.get(i).strip())) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = start;
                bestScore = score;
            }
        }
        return best;
    }

    /** Splits the snippet at its elision lines. A leading or trailing elision only widens the match. */
    private static List<List<String>> segments(List<String> snippetLines) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : snippetLines) {
            if (ELISION.matcher(line).matches()) {
                if (!current.isEmpty()) {
                    segments.add(trimBlankEnds(current));
                }
                current = new ArrayList<>();
            } else {
                current.add(stripTrailing(line));
            }
        }
        if (!current.isEmpty()) {
            segments.add(trimBlankEnds(current));
        }
        segments.removeIf(List::isEmpty);
        return segments;
    }

    private static List<String> trimBlankEnds(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return new ArrayList<>(lines.subList(from, to));
    }

    private static List<String> dedent(List<String> lines) {
        int common = lines.stream().filter(line -> !line.isBlank()).mapToInt(SourceExcerpt::indentation).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(common)).toList();
    }

    private static int indentation(String line) {
        int count = 0;
        while (count < line.length() && line.charAt(count) == ' ') {
            count++;
        }
        return count;
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
