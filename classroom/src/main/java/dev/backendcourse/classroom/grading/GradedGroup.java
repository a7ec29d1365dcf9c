package dev.backendcourse.classroom.grading;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A set of tests that earns its points only when all of them pass.
 *
 * @param name           the title a student sees in the score table
 * @param tests          Surefire {@code -Dtest} patterns, such as {@code RootResourceTest} or
 *                       {@code ItemResourceTest#rejects*}
 * @param points         the points for the group, at least 1
 * @param timeoutMinutes how long the group's Maven run may take on a GitHub runner, from 1 to 60 minutes
 */
public record GradedGroup(String name, List<String> tests, int points, int timeoutMinutes) {

    public static final int DEFAULT_TIMEOUT_MINUTES = 10;

    // Names and patterns end up inside YAML and shell commands, so they are kept to characters that need no escaping.
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9 _.,:;/(){}?!+*#@&'=<>-]+");
    private static final Pattern SAFE_TEST_PATTERN = Pattern.compile("[A-Za-z0-9_.*#$+-]+");

    @JsonCreator
    public static GradedGroup fromJson(@JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "tests", required = true) List<String> tests,
            @JsonProperty(value = "points", required = true) int points,
            @JsonProperty("timeoutMinutes") Integer timeoutMinutes) {
        return new GradedGroup(name, tests, points, timeoutMinutes == null ? DEFAULT_TIMEOUT_MINUTES : timeoutMinutes);
    }

    public GradedGroup {
        if (name == null || name.isBlank() || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid group name '" + name + "': use letters, digits, spaces and "
                    + "simple punctuation, without quotes, backslashes, '$', '`' or '|'");
        }
        if (tests == null || tests.isEmpty()) {
            throw new IllegalArgumentException("group '" + name + "' lists no tests");
        }
        for (String test : tests) {
            if (test == null || !SAFE_TEST_PATTERN.matcher(test).matches()) {
                throw new IllegalArgumentException("group '" + name + "' has an invalid test pattern '" + test
                        + "': write a test class name, optionally with '*' and '#method'");
            }
        }
        if (points < 1) {
            throw new IllegalArgumentException("group '" + name + "' has " + points + " points; give it at least 1");
        }
        if (timeoutMinutes < 1 || timeoutMinutes > 60) {
            throw new IllegalArgumentException("group '" + name + "' has timeoutMinutes=" + timeoutMinutes
                    + "; use 1 to 60");
        }
        tests = List.copyOf(tests);
    }

    /**
     * Returns the step id in the workflow: the name in lower case, with a hyphen for each run of other characters,
     * and a {@code group-} prefix when it would not start with a letter, as GitHub Actions requires.
     */
    public String stepId() {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            return "group";
        }
        return slug.matches("[a-z].*") ? slug : "group-" + slug;
    }

    /** Returns the command that runs this group's tests in an exported repository. */
    public String mavenCommand() {
        return "./mvnw -B -ntp test -Dtest='" + String.join(",", tests) + "'";
    }

    /**
     * Tells whether one of this group's patterns names a test class, given by its simple name. A pattern for a
     * nested class, such as {@code HelloApiTest$InvalidItemId}, names its outer class.
     */
    public boolean selectsClass(String simpleClassName) {
        for (String test : tests) {
            String classPattern = classPart(test);
            int nested = classPattern.indexOf('$');
            if (globMatches(nested < 0 ? classPattern : classPattern.substring(0, nested), simpleClassName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether this group selects one test, as Surefire's {@code -Dtest} does: a class pattern selects the
     * class and the classes nested in it, and a {@code #method} part (several joined with {@code +}) selects
     * methods by name, whatever their parameters.
     *
     * @param simpleClassName the class's simple name, with {@code $} before a nested class's name
     * @param testName        the test's name in the Surefire report, such as {@code itemIdIsReturnedAsNumber(int)[1]}
     */
    public boolean selects(String simpleClassName, String testName) {
        String methodName = testName.split("[(\\[]", 2)[0];
        int nested = simpleClassName.indexOf('$');
        String outerClassName = nested < 0 ? simpleClassName : simpleClassName.substring(0, nested);

        for (String test : tests) {
            String classPattern = classPart(test);
            if (!globMatches(classPattern, simpleClassName) && !globMatches(classPattern, outerClassName)) {
                continue;
            }
            if (!test.contains("#")) {
                return true;
            }
            for (String methodPattern : test.substring(test.indexOf('#') + 1).split("\\+")) {
                if (globMatches(methodPattern, methodName)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String classPart(String test) {
        return test.contains("#") ? test.substring(0, test.indexOf('#')) : test;
    }

    private static boolean globMatches(String glob, String name) {
        String regex = Pattern.quote(glob).replace("*", "\\E.*\\Q");
        return name.matches(regex);
    }
}
