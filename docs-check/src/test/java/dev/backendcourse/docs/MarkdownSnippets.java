package dev.backendcourse.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fenced code blocks of a Markdown page together with the marker comment above each. */
final class MarkdownSnippets {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([\\w+-]*)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*([a-z-]+)\\s*(?::\\s*(.*?))?\\s*-->\\s*$");

    private MarkdownSnippets() {
    }

    static List<Snippet> read(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + page, e);
        }

        List<Snippet> snippets = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            Matcher fence = FENCE.matcher(lines.get(index));
            if (!fence.matches()) {
                index++;
                continue;
            }

            String indent = fence.group(1);
            String closing = fence.group(2);
            int end = findClosingFence(lines, index + 1, closing);
            List<String> body = new ArrayList<>();
            for (String line : lines.subList(index + 1, end)) {
                body.add(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading());
            }

            Matcher marker = markerAbove(lines, index);
            String kind = marker == null ? "" : marker.group(1);
            String argument = marker == null || marker.group(2) == null ? "" : marker.group(2).trim();
            snippets.add(new Snippet(page, index + 1, fence.group(3), kind, argument, List.copyOf(body)));
            index = end + 1;
        }
        return snippets;
    }

    private static int findClosingFence(List<String> lines, int from, String opening) {
        for (int i = from; i < lines.size(); i++) {
            String trimmed = lines.get(i).trim();
            if (trimmed.startsWith(opening) && trimmed.chars().allMatch(c -> c == opening.charAt(0))) {
                return i;
            }
        }
        return lines.size();
    }

    /** Returns the marker on the nearest non-blank line above the fence, or null when that line is not one. */
    private static Matcher markerAbove(List<String> lines, int fenceIndex) {
        for (int i = fenceIndex - 1; i >= 0; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Matcher marker = MARKER.matcher(lines.get(i));
            return marker.matches() ? marker : null;
        }
        return null;
    }
}
