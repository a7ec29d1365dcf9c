package dev.backendcourse.docs;

import java.util.ArrayList;
import java.util.List;

/** A line diff by longest common subsequence, small enough for snippets of a few dozen lines. */
final class LineDiff {

    private LineDiff() {
    }

    /** Returns every line prefixed with two spaces (in both), {@code - } (only in before) or {@code + } (only in after). */
    static List<String> diff(List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }

        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() && j < after.size()) {
            if (before.get(i).equals(after.get(j))) {
                lines.add("  " + before.get(i));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add("- " + before.get(i++));
            } else {
                lines.add("+ " + after.get(j++));
            }
        }
        while (i < before.size()) {
            lines.add("- " + before.get(i++));
        }
        while (j < after.size()) {
            lines.add("+ " + after.get(j++));
        }
        return lines;
    }
}
