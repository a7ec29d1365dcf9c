package dev.backendcourse.classroom;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.backendcourse.classroom.check.ExportCheck;
import dev.backendcourse.classroom.export.CourseRepository;
import dev.backendcourse.classroom.export.WeekExporter;
import dev.backendcourse.classroom.grading.ClassroomWorkflow;
import dev.backendcourse.classroom.grading.GradedGroup;
import dev.backendcourse.classroom.markers.Edition;
import dev.backendcourse.classroom.markers.MarkerException;

/** The {@code classroom} command: exports weeks as student repositories and checks that the exports work. */
public final class ClassroomCli {

    static final String USAGE = """
            Usage:
              export WEEK --out FOLDER [--solution] [--force]
                  Writes WEEK (a module name such as week1-hello-api) as a standalone repository in FOLDER.
                  --solution  export the instructor's version instead of the student's starter
                  --force     replace FOLDER if it holds an earlier export
              check [WEEK...] [--work FOLDER]
                  Exports each WEEK (default: every week module) in both versions and builds them: the solution
                  must pass ./mvnw verify, and every starter test must fail with a TODO message.
                  --work      scratch folder for the exports and build logs (default: classroom/target/export-check)
              weeks
                  Lists the week modules.

            Run it from the course repository with Maven, for example:
              ./mvnw -q -pl classroom compile exec:java -Dexec.args="export week1-hello-api --out /tmp/week1"
            """;

    private ClassroomCli() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(List.of(args), System.out);
        } catch (UsageException e) {
            System.err.println("classroom: " + e.getMessage());
            System.err.println();
            System.err.print(USAGE);
            status = 2;
        } catch (MarkerException | IllegalArgumentException | IOException e) {
            System.err.println("classroom: " + e.getMessage());
            status = 1;
        }
        // exec:java runs in Maven's own JVM, where System.exit would cut Maven's output short on success.
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(List<String> args, PrintStream output) throws IOException {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            output.print(USAGE);
            return 0;
        }
        Path workingDir = Path.of("").toAbsolutePath();
        CourseRepository course = CourseRepository.locate(workingDir);
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "export" -> export(course, rest, workingDir, output);
            case "check" -> check(course, rest, workingDir, output);
            case "weeks" -> {
                course.weeks().forEach(output::println);
                yield 0;
            }
            default -> throw new UsageException("unknown command '" + args.get(0) + "'");
        };
    }

    private static int export(CourseRepository course, List<String> args, Path workingDir, PrintStream output)
            throws IOException {
        String week = null;
        Path out = null;
        Edition edition = Edition.STARTER;
        boolean force = false;

        for (int index = 0; index < args.size(); index++) {
            String arg = args.get(index);
            switch (arg) {
                case "--out" -> out = workingDir.resolve(valueAfter(args, index++, arg));
                case "--solution" -> edition = Edition.SOLUTION;
                case "--force" -> force = true;
                default -> {
                    if (arg.startsWith("-") || week != null) {
                        throw new UsageException("unexpected argument '" + arg + "'");
                    }
                    week = arg;
                }
            }
        }
        if (week == null) {
            throw new UsageException("export needs a week, such as week1-hello-api");
        }
        if (out == null) {
            throw new UsageException("export needs --out FOLDER");
        }
        if (force) {
            removeEarlierExport(out);
        }

        WeekExporter.Result result = WeekExporter.export(course, week, out, edition);
        result.warnings().forEach(warning -> output.println("warning: " + warning));
        output.printf("Exported the %s of %s to %s: %d files, %d with solution code%s.%n",
                edition.name().toLowerCase(), week, result.folder(), result.filesWritten(),
                result.filesWithSolutionCode(),
                result.filesLeftOut().isEmpty() ? "" : ", left out " + String.join(", ", result.filesLeftOut()));
        output.printf("Grading: %d points in %d groups.%n", result.plan().totalPoints(), result.plan().groups().size());
        for (GradedGroup group : result.plan().groups()) {
            output.printf("  %3d  %s  (%s)%n", group.points(), group.name(), String.join(", ", group.tests()));
        }
        return 0;
    }

    private static int check(CourseRepository course, List<String> args, Path workingDir, PrintStream output)
            throws IOException {
        List<String> weeks = new ArrayList<>();
        Path scratch = course.root().resolve("classroom/target/export-check");
        for (int index = 0; index < args.size(); index++) {
            String arg = args.get(index);
            if (arg.equals("--work")) {
                scratch = workingDir.resolve(valueAfter(args, index++, arg));
            } else if (arg.startsWith("-")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            } else {
                weeks.add(arg);
            }
        }
        if (weeks.isEmpty()) {
            weeks.addAll(course.weeks());
        }

        removeEarlierExport(scratch);
        return new ExportCheck(course, scratch, output).run(weeks) == 0 ? 0 : 1;
    }

    /**
     * Deletes a folder only if it is empty or was written by this tool, so a mistyped {@code --out} or
     * {@code --work} cannot delete anything else.
     */
    private static void removeEarlierExport(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        boolean earlierExport = Files.exists(folder.resolve(ClassroomWorkflow.AUTOGRADING_JSON_PATH));
        boolean earlierCheck = Files.exists(folder.resolve(ExportCheck.SCRATCH_MARKER));
        boolean empty;
        try (var entries = Files.list(folder)) {
            empty = entries.findAny().isEmpty();
        }
        if (!earlierExport && !earlierCheck && !empty) {
            throw new IOException(folder + " is not an earlier export; delete it yourself or choose another folder");
        }
        ExportCheck.clear(folder);
    }

    private static String valueAfter(List<String> args, int index, String option) {
        if (index + 1 >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index + 1);
    }

    /** A command line that cannot be understood; the usage text follows the message. */
    static final class UsageException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
