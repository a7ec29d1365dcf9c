package dev.backendcourse.classroom.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.backendcourse.classroom.grading.GradedGroup;
import dev.backendcourse.classroom.grading.GradingPlan;
import dev.backendcourse.classroom.markers.Edition;

/** Adapts a week's lab handout, written for the course repository, to the week's standalone repository. */
final class ReadmeAdapter {

    static final String GRADING_HEADING = "## How it is graded";

    static final String STARTER_NOTE = "> **Start here.** Parts of this code are left for you to write. Run"
            + " `./mvnw test`: each graded test fails with the TODO it needs, and the server answers 501 with that"
            + " TODO until you write it.";

    private ReadmeAdapter() {
    }

    /**
     * Returns the handout with {@code -pl WEEK -am} removed from its Maven commands, since the export has one
     * module, and with the points table at the end of its grading section, which is added if missing. A starter's
     * handout also gets a note under its title on how to find what to write.
     */
    static String forStandaloneRepository(String handout, String week, GradingPlan plan, Edition edition) {
        String text = handout.replaceAll("[ \\t]+-pl[ \\t]+" + Pattern.quote(week) + "([ \\t]+-am)?(?=[ \\t\\n`])", "");

        List<String> lines = new ArrayList<>(text.lines().toList());
        if (edition == Edition.STARTER) {
            int title = lines.isEmpty() || !lines.get(0).startsWith("# ") ? 0 : 1;
            lines.addAll(title, List.of("", STARTER_NOTE));
        }
        int heading = lines.indexOf(GRADING_HEADING);
        if (heading < 0) {
            lines.add("");
            lines.add(GRADING_HEADING);
            heading = lines.size() - 1;
        }
        int sectionEnd = heading + 1;
        while (sectionEnd < lines.size() && !lines.get(sectionEnd).startsWith("## ")) {
            sectionEnd++;
        }
        while (sectionEnd > heading + 1 && lines.get(sectionEnd - 1).isBlank()) {
            sectionEnd--;
        }
        lines.addAll(sectionEnd, pointsTable(plan));
        return String.join("\n", lines) + "\n";
    }

    private static List<String> pointsTable(GradingPlan plan) {
        List<String> table = new ArrayList<>();
        table.add("");
        table.add("| Tests | Points | Run them alone |");
        table.add("|---|---:|---|");
        for (GradedGroup group : plan.groups()) {
            table.add("| " + group.name() + " | " + group.points() + " | `" + group.mavenCommand().replace(" -B -ntp", "") + "` |");
        }
        table.add("| **Total** | **" + plan.totalPoints() + "** | `./mvnw test` |");
        table.add("");
        table.add("A row earns its points when all of its tests pass. On every push, the workflow in"
                + " `.github/workflows/classroom.yml` runs each row and writes your score to the summary page of"
                + " the run, under the repository's Actions tab.");
        return table;
    }
}
