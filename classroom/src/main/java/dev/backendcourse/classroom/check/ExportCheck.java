package dev.backendcourse.classroom.check;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.backendcourse.classroom.check.SurefireReports.Outcome;
import dev.backendcourse.classroom.check.SurefireReports.TestResult;
import dev.backendcourse.classroom.export.CourseRepository;
import dev.backendcourse.classroom.export.WeekExporter;
import dev.backendcourse.classroom.grading.GradedGroup;
import dev.backendcourse.classroom.grading.GradingPlan;
import dev.backendcourse.classroom.markers.Edition;
import dev.backendcourse.classroom.markers.MarkerException;

/**
 * Proves that a week's exports work on their own. For each week it exports both editions into a scratch folder and
 * builds each with the export's own Maven wrapper:
 * <ul>
 * <li>the solution must pass {@code ./mvnw verify};</li>
 * <li>each graded group must select at least one of the solution's tests;</li>
 * <li>the starter must compile, and each of its graded tests, run with the graders' own {@code -Dtest} patterns,
 * must fail with a message that contains "TODO", which is how a starter shows the student what is left to
 * write.</li>
 * </ul>
 * A week without a grading file gets only the first check and a compile of the starter.
 */
public final class ExportCheck {

    /** The text every failure message of a starter test must contain. */
    static final String TODO = "TODO";

    /** The file that marks a folder as this check's scratch folder, which a later check may delete. */
    public static final String SCRATCH_MARKER = ".classroom-export-check";

    /** How many of a week's problems are printed, so one broken week does not bury the others. */
    private static final int MAX_PROBLEMS_SHOWN = 25;

    private final CourseRepository course;
    private final Path scratch;
    private final PrintStream output;

    public ExportCheck(CourseRepository course, Path scratch, PrintStream output) {
        this.course = course;
        this.scratch = scratch;
        this.output = output;
    }

    /** Checks each week and returns the number of weeks whose exports have problems. */
    public int run(List<String> weeks) throws IOException {
        Files.createDirectories(scratch);
        Files.writeString(scratch.resolve(SCRATCH_MARKER), "Scratch folder of the classroom export check.\n");
        int failedWeeks = 0;
        for (String week : weeks) {
            List<String> problems;
            try {
                problems = check(week);
            } catch (IOException | MarkerException | IllegalArgumentException e) {
                problems = List.of(e.getMessage());
            }
            if (problems.isEmpty()) {
                continue;
            }
            failedWeeks++;
            output.println(week + ": FAILED");
            problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(problem -> output.println("  - " + problem));
            if (problems.size() > MAX_PROBLEMS_SHOWN) {
                output.println("  - and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more; the build logs are in "
                        + scratch.resolve(week));
            }
            output.println("  Fix the starter or grading.json. To land the week while the starter is fixed, add"
                    + " \"starterCheckPending\": \"<reason>\" to its grading.json.");
        }
        output.println("exports: " + (weeks.size() - failedWeeks) + " passed, " + failedWeeks + " failed");
        return failedWeeks;
    }

    private List<String> check(String week) throws IOException {
        List<String> problems = new ArrayList<>();
        Path solution = scratch.resolve(week).resolve("solution");
        Path starter = scratch.resolve(week).resolve("starter");
        Path logs = scratch.resolve(week);

        WeekExporter.Result solutionExport = WeekExporter.export(course, week, solution, Edition.SOLUTION);
        WeekExporter.Result starterExport = WeekExporter.export(course, week, starter, Edition.STARTER);
        solutionExport.warnings().forEach(warning -> output.println(week + ": warning: " + warning));
        if (!solutionExport.gradingDeclared()) {
            return checkUngradedWeek(week, solution, starter, logs);
        }
        if (starterExport.filesWithSolutionCode() == 0 && starterExport.filesLeftOut().isEmpty()) {
            problems.add("the starter is the same as the solution: mark the code the student writes with "
                    + "BEGIN SOLUTION / END SOLUTION");
        }

        GradingPlan plan = solutionExport.plan();

        // The two builds run side by side, since each spends much of its time starting JVMs and servers.
        // Only the starter's graded tests run, selected exactly as the graders select them. failure.ignore lets
        // Maven write every report, so a compile error is the only reason for a non-zero exit.
        CompletableFuture<MavenRun> solutionBuild = CompletableFuture.supplyAsync(
                () -> runQuietly(solution, logs.resolve("solution.log"), "verify"));
        MavenRun starterRun = MavenRun.run(starter, logs.resolve("starter.log"), "test",
                "-Dtest=" + plan.allTestsPattern(), "-Dmaven.test.failure.ignore=true");
        MavenRun solutionRun = await(solutionBuild);

        List<TestResult> solutionTests = SurefireReports.read(solution);
        List<TestResult> gradedTests = solutionTests.stream().filter(test -> isGraded(plan, test)).toList();
        if (!solutionRun.succeeded()) {
            problems.add("the solution export fails ./mvnw verify (" + solutionRun.log() + "):\n"
                    + indent(solutionRun.tail(30)));
        } else {
            for (GradedGroup group : plan.groups()) {
                if (solutionTests.stream().noneMatch(test -> group.selects(test.simpleClassName(), test.testName()))) {
                    problems.add("group '" + group.name() + "' selects none of the tests the solution ran; check the"
                            + " patterns " + group.tests() + " in " + GradingPlan.FILE_NAME);
                }
            }
        }

        List<TestResult> starterTests = SurefireReports.read(starter);
        List<String> starterIssues = List.of();
        if (!starterRun.succeeded()) {
            problems.add("the starter export does not build (" + starterRun.log() + "):\n"
                    + indent(starterRun.tail(30)));
        } else {
            starterIssues = starterProblems(starterTests, gradedTests.size());
        }

        boolean pending = plan.starterCheckPending() != null && !starterIssues.isEmpty();
        if (pending) {
            output.println(week + ": warning: the starter check is pending (" + plan.starterCheckPending()
                    + "), so these " + starterIssues.size() + " problems do not fail the build:");
            starterIssues.stream().limit(MAX_PROBLEMS_SHOWN).forEach(issue -> output.println("  - " + issue));
        } else {
            problems.addAll(starterIssues);
        }
        if (plan.starterCheckPending() != null && starterRun.succeeded() && starterIssues.isEmpty()) {
            output.println(week + ": warning: the starter passes its check now; remove starterCheckPending from "
                    + GradingPlan.FILE_NAME);
        }

        if (problems.isEmpty() && pending) {
            output.printf("%s: solution passes %d tests (%s); starter compiles (%s); starter check pending%n",
                    week, solutionTests.size(), solutionRun.seconds(), starterRun.seconds());
        } else if (problems.isEmpty()) {
            output.printf("%s: solution passes %d tests (%s); starter compiles and its %d graded tests fail at a"
                    + " TODO (%s)%n", week, solutionTests.size(), solutionRun.seconds(), starterTests.size(),
                    starterRun.seconds());
        }
        return problems;
    }

    /**
     * Checks a week that has no grading file yet, so that adding a week does not break the build before its
     * points are declared: the solution must pass and the starter must compile, and its tests are not run.
     */
    private List<String> checkUngradedWeek(String week, Path solution, Path starter, Path logs) throws IOException {
        List<String> problems = new ArrayList<>();
        CompletableFuture<MavenRun> solutionBuild = CompletableFuture.supplyAsync(
                () -> runQuietly(solution, logs.resolve("solution.log"), "verify"));
        MavenRun starterRun = MavenRun.run(starter, logs.resolve("starter.log"), "test-compile");
        MavenRun solutionRun = await(solutionBuild);

        if (!solutionRun.succeeded()) {
            problems.add("the solution export fails ./mvnw verify (" + solutionRun.log() + "):\n"
                    + indent(solutionRun.tail(30)));
        }
        if (!starterRun.succeeded()) {
            problems.add("the starter export does not compile (" + starterRun.log() + "):\n"
                    + indent(starterRun.tail(30)));
        }
        if (problems.isEmpty()) {
            output.printf("%s: solution passes %d tests (%s); starter compiles (%s); its tests are not checked until"
                    + " the week has a %s%n", week, SurefireReports.read(solution).size(), solutionRun.seconds(),
                    starterRun.seconds(), GradingPlan.FILE_NAME);
        }
        return problems;
    }

    private static MavenRun runQuietly(Path folder, Path log, String... arguments) {
        try {
            return MavenRun.run(folder, log, arguments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MavenRun await(CompletableFuture<MavenRun> build) throws IOException {
        try {
            return build.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static boolean isGraded(GradingPlan plan, TestResult test) {
        return plan.grades(test.simpleClassName(), test.testName());
    }

    private static List<String> starterProblems(List<TestResult> tests, int gradedTestCount) {
        List<String> problems = new ArrayList<>();
        if (tests.size() != gradedTestCount) {
            problems.add("the graders' patterns ran " + tests.size() + " tests in the starter, but they select "
                    + gradedTestCount + " of the tests the solution ran");
        }

        // A parameterized test repeats one problem for each case, so the cases of a method share one line.
        Map<String, Integer> cases = new LinkedHashMap<>();
        for (TestResult test : tests) {
            String problem = starterProblem(test);
            if (problem != null) {
                cases.merge(problem, 1, Integer::sum);
            }
        }
        cases.forEach((problem, count) -> problems.add(count == 1 ? problem : problem + " (" + count + " cases)"));
        return problems;
    }

    /** Returns what is wrong with a graded test's result in the starter, or null if it failed at a TODO. */
    private static String starterProblem(TestResult test) {
        String name = test.methodName();
        return switch (test.outcome()) {
            case PASSED -> name + " passes in the starter, so it grades nothing the student writes: move more of its"
                    + " code into a solution region, or drop it from grading";
            case SKIPPED -> name + " is skipped in the starter";
            case FAILED -> test.message() != null && test.message().contains(TODO) ? null
                    : name + " fails with \"" + firstLine(test.message()) + "\", which does not point the student"
                            + " to a TODO";
        };
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        return text.strip().lines().findFirst().orElse("");
    }

    private static String indent(String text) {
        return text.lines().map(line -> "    " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** Deletes a scratch folder from an earlier run, so each check starts from empty folders. */
    public static void clear(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
