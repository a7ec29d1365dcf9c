package dev.backendcourse.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.kit.server.InvalidConfigurationException;
import dev.backendcourse.kit.server.ServerConfig;

/**
 * Checks every code block in {@code docs/} against the modules. The marker comment above a block selects the check:
 * <ul>
 * <li>{@code <!-- excerpt: path/in/repo -->}: the block's lines appear in that file (see {@link SourceExcerpt});</li>
 * <li>{@code <!-- requests: fully.qualified.App -->}: each {@code $ curl} in the block is sent to that
 *     application, started on a free port (with a fresh database if it takes one), and its output must match
 *     what the block shows;</li>
 * <li>{@code <!-- startup-errors: fully.qualified.App -->}: each {@code $ PORT=... ./mvnw ...} must fail to start
 *     with the error line shown;</li>
 * <li>{@code <!-- sql: run -->}: the statements run without error in a PostgreSQL database of the page's own,
 *     after the page's earlier SQL blocks; {@code <!-- sql: fails 23503 -->} expects that SQLSTATE instead;</li>
 * <li>{@code <!-- commands -->}: each {@code ./mvnw} line names only modules of the parent POM;</li>
 * <li>{@code <!-- not-checked: reason -->}: nothing in the repository to check against, such as installing a JDK.
 *     The block is reported as skipped with that reason.</li>
 * </ul>
 * Java, SQL and shell blocks must have a marker.
 */
class DocsSnippetsTest {

    private static final Set<String> LANGUAGES_THAT_NEED_A_MARKER =
            Set.of("java", "sql", "sh", "bash", "shell", "console", "powershell", "ps1", "cmd", "bat");
    private static final Set<String> KINDS = Set.of("excerpt", "requests", "startup-errors", "sql", "commands", "not-checked");
    private static final String STARTUP_FAILURE = "The server did not start: ";

    private static final Path ROOT = Path.of(System.getProperty("docs.repositoryRoot", "..")).toAbsolutePath().normalize();
    private static final WeekModules MODULES = new WeekModules(ROOT);

    @BeforeAll
    static void routeServerLogsToLogback() {
        CourseServer.routeJavaUtilLoggingToSlf4j();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        SqlScratchDatabase.stop();
    }

    @TestFactory
    Stream<DynamicNode> codeBlocksMatchTheModules() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            pages = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        if (pages.isEmpty()) {
            fail("No Markdown pages under " + ROOT.resolve("docs"));
        }
        return pages.stream().map(page -> DynamicContainer.dynamicContainer(
                ROOT.relativize(page).toString().replace('\\', '/'),
                MarkdownSnippets.read(page).stream().map(this::checkOf)));
    }

    private DynamicTest checkOf(Snippet snippet) {
        String location = snippet.location(ROOT);
        String name = location + " " + (snippet.hasMarker() ? snippet.kind() + " " + snippet.argument() : snippet.language());
        return DynamicTest.dynamicTest(name, () -> check(snippet, location));
    }

    private void check(Snippet snippet, String location) throws Exception {
        if (!snippet.hasMarker()) {
            if (snippet.language().isEmpty()) {
                fail(location + ": give the code block a language after the opening fence, such as ```java or ```json");
            }
            if (LANGUAGES_THAT_NEED_A_MARKER.contains(snippet.language())) {
                fail(location + ": this " + snippet.language() + " block has no marker, so nothing keeps it true. "
                        + "Put <!-- excerpt: path/to/File.java --> (or requests:, commands, not-checked: reason) "
                        + "on the line above its opening fence.");
            }
            return;
        }

        switch (snippet.kind()) {
            case "excerpt" -> checkExcerpt(snippet, location);
            case "requests" -> checkRequests(snippet, location);
            case "startup-errors" -> checkStartupErrors(snippet, location);
            case "sql" -> checkSql(snippet, location);
            case "commands" -> checkCommands(snippet, location);
            case "not-checked" -> {
                if (snippet.argument().isBlank()) {
                    fail(location + ": a not-checked marker must say why, as <!-- not-checked: installs a JDK -->");
                }
                throw new TestAbortedException("not checked: " + snippet.argument());
            }
            default -> fail(location + ": unknown marker '" + snippet.kind() + "'. Use one of " + KINDS);
        }
    }

    private void checkExcerpt(Snippet snippet, String location) throws IOException {
        String path = snippet.argument();
        MODULES.skipIfWeekNotLanded(path);
        Path file = ROOT.resolve(path);
        if (!Files.isRegularFile(file)) {
            fail(location + ": the excerpt names " + path + ", which does not exist. Fix the path in the marker.");
        }

        SourceExcerpt source = new SourceExcerpt(Files.readAllLines(file));
        if (!source.contains(snippet.lines())) {
            fail(location + ": this block no longer matches " + path + ".\n"
                    + "Lines starting with - are only in the notes, lines starting with + only in the source:\n"
                    + source.closestDifference(snippet.lines())
                    + "Fix: copy the source lines into the block (or undo the change in " + path + ").");
        }
    }

    private void checkRequests(Snippet snippet, String location) throws Exception {
        Transcript transcript = Transcript.parse(snippet.lines());
        List<String> problems = new ArrayList<>();

        try (WeekModules.RunningApplication application = MODULES.open(snippet.argument());
             CourseServer server = CourseServer.start(application.config(), new ServerConfig(ServerConfig.DEFAULT_HOST, 0))) {
            URI base = URI.create("http://" + ServerConfig.DEFAULT_HOST + ":" + server.port() + "/");
            for (Transcript.Step step : transcript.steps()) {
                CurlCommand curl = CurlCommand.parse(step.command());
                for (String problem : curl.compare(step.output(), curl.send(base))) {
                    problems.add("$ " + step.command() + "\n    " + problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(location + ": the running " + snippet.argument() + " answers differently from the notes:\n  "
                    + String.join("\n  ", problems)
                    + "\nFix: paste what the server sends into the block, or fix the module.");
        }
    }

    /**
     * Starts the application with the environment of each command and compares the startup error with the one
     * shown. A documented port that must be taken is replaced by a free port that this test takes first.
     */
    private void checkStartupErrors(Snippet snippet, String location) {
        // Loading the application first skips the whole block when its week has not landed.
        MODULES.application(snippet.argument());
        List<String> problems = new ArrayList<>();

        for (Transcript.Step step : Transcript.parse(snippet.lines()).steps()) {
            checkMavenCommand(location, commandWithoutAssignments(step.command()));
            String shown = shownStartupError(step, location);
            String actual = actualStartupError(snippet.argument(), assignments(step.command()), shown.contains("already in use"));
            if (!shown.equals(actual)) {
                problems.add("$ " + step.command() + "\n    the notes show: " + shown + "\n    the server logs: " + actual);
            }
        }
        if (!problems.isEmpty()) {
            fail(location + ": the startup errors differ from the notes:\n  " + String.join("\n  ", problems)
                    + "\nFix: paste the logged message into the block, or fix the message in the kit.");
        }
    }

    private static String shownStartupError(Transcript.Step step, String location) {
        for (String line : step.output()) {
            int start = line.indexOf(STARTUP_FAILURE);
            if (start >= 0) {
                return line.substring(start + STARTUP_FAILURE.length()).strip();
            }
        }
        return fail(location + ": no line containing '" + STARTUP_FAILURE + "' under $ " + step.command());
    }

    private String actualStartupError(String className, Map<String, String> environment, boolean portMustBeTaken) {
        Map<String, String> env = new HashMap<>(environment);
        CourseServer occupant = null;
        String documentedPort = env.get("PORT");
        try {
            if (portMustBeTaken) {
                occupant = CourseServer.start(MODULES.application(className), new ServerConfig(ServerConfig.DEFAULT_HOST, 0));
                env.put("PORT", String.valueOf(occupant.port()));
            }
            try (CourseServer started = CourseServer.start(MODULES.application(className), ServerConfig.fromEnvironment(env))) {
                return "(no error: the server started on port " + started.port() + ")";
            } catch (InvalidConfigurationException e) {
                return occupant == null ? e.getMessage() : withDocumentedPort(e.getMessage(), occupant.port(), documentedPort);
            }
        } finally {
            if (occupant != null) {
                occupant.close();
            }
        }
    }

    /** Writes the documented port (and the next one, which the message suggests) in place of the free port used. */
    private static String withDocumentedPort(String message, int usedPort, String documentedPort) {
        int documented = Integer.parseInt(documentedPort);
        return message.replace(String.valueOf(usedPort + 1), String.valueOf(documented + 1))
                .replace(String.valueOf(usedPort), String.valueOf(documented));
    }

    private void checkSql(Snippet snippet, String location) throws SQLException {
        String page = ROOT.relativize(snippet.page()).toString();
        String sql = String.join("\n", snippet.lines());
        String[] expectation = snippet.argument().split("\\s+");

        if (expectation[0].equals("run")) {
            List<String> emptyResults = List.of();
            try {
                emptyResults = SqlScratchDatabase.execute(page, sql);
            } catch (SQLException e) {
                fail(location + ": PostgreSQL rejects this block with SQLSTATE " + e.getSQLState() + ": "
                        + e.getMessage() + "\nFix the SQL, or mark the block <!-- sql: fails " + e.getSQLState()
                        + " --> if the lesson shows a statement that must fail.");
            }
            if (!emptyResults.isEmpty()) {
                fail(location + ": after the page's earlier SQL blocks, a statement of this block "
                        + String.join("\nand a statement ", emptyResults)
                        + "\nCheck the ids and values against the rows that the earlier blocks insert.");
            }
        } else if (expectation[0].equals("fails") && expectation.length == 2) {
            try {
                SqlScratchDatabase.execute(page, sql);
            } catch (SQLException e) {
                if (!expectation[1].equals(e.getSQLState())) {
                    fail(location + ": the notes say this block fails with SQLSTATE " + expectation[1]
                            + ", but PostgreSQL fails with " + e.getSQLState() + ": " + e.getMessage());
                }
                return;
            }
            fail(location + ": the notes say this block fails with SQLSTATE " + expectation[1]
                    + ", but PostgreSQL ran it without error.");
        } else {
            fail(location + ": write <!-- sql: run --> or <!-- sql: fails SQLSTATE -->, not <!-- sql: "
                    + snippet.argument() + " -->");
        }
    }

    private void checkCommands(Snippet snippet, String location) {
        for (Transcript.Step step : Transcript.parse(withPrompts(snippet.lines())).steps()) {
            checkMavenCommand(location, commandWithoutAssignments(step.command()));
        }
    }

    /** Fails unless the command runs the Maven wrapper on modules that the parent POM lists. */
    private void checkMavenCommand(String location, List<String> words) {
        if (words.isEmpty() || !words.get(0).matches("(\\./|\\.\\\\)?mvnw(\\.cmd)?")) {
            fail(location + ": '" + String.join(" ", words) + "' is not a Maven wrapper command. "
                    + "Mark a block of other commands <!-- not-checked: reason -->.");
        }
        for (int i = 0; i < words.size() - 1; i++) {
            if (words.get(i).equals("-pl") || words.get(i).equals("--projects")) {
                for (String module : words.get(i + 1).split(",")) {
                    MODULES.skipIfWeekNotLanded(module);
                    if (!MODULES.isModule(module)) {
                        fail(location + ": -pl names " + module + ", which is not a module of the parent pom.xml");
                    }
                }
            }
        }
    }

    private static List<String> withPrompts(List<String> lines) {
        boolean hasPrompts = lines.stream().anyMatch(line -> line.startsWith("$ "));
        if (hasPrompts) {
            return lines;
        }
        List<String> prompted = new ArrayList<>();
        boolean continued = false;
        for (String line : lines) {
            if (!line.isBlank()) {
                prompted.add(continued ? line : "$ " + line);
            }
            continued = line.stripTrailing().endsWith("\\");
        }
        return prompted;
    }

    private static Map<String, String> assignments(String command) {
        Map<String, String> environment = new HashMap<>();
        for (String word : ShellWords.split(command)) {
            if (!word.matches("[A-Z_]+=.*")) {
                break;
            }
            int equals = word.indexOf('=');
            environment.put(word.substring(0, equals), word.substring(equals + 1));
        }
        return environment;
    }

    private static List<String> commandWithoutAssignments(String command) {
        List<String> words = ShellWords.split(command);
        int first = 0;
        while (first < words.size() && words.get(first).matches("[A-Z_]+=.*")) {
            first++;
        }
        return words.subList(first, words.size());
    }
}
