package dev.backendcourse.classroom.grading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A week's points, read from the {@code grading.json} beside the week's {@code pom.xml}. The groups' points must add
 * up to {@code totalPoints}, so a changed group cannot silently change the week's total.
 */
public record GradingPlan(int totalPoints, List<GradedGroup> groups, String starterCheckPending) {

    public static final String FILE_NAME = "grading.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * Checks and builds a plan. {@code starterCheckPending}, when not null, gives the reason why the week's starter does not
     * pass the export check yet: the check then reports the starter's problems as warnings, so the week can land
     * while they are fixed.
     */
    @JsonCreator
    public GradingPlan(@JsonProperty(value = "totalPoints", required = true) int totalPoints,
            @JsonProperty(value = "groups", required = true) List<GradedGroup> groups,
            @JsonProperty("starterCheckPending") String starterCheckPending) {
        if (starterCheckPending != null && starterCheckPending.isBlank()) {
            throw new IllegalArgumentException("starterCheckPending is empty; say why the starter check is pending,"
                    + " or remove it");
        }
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("no graded groups; list at least one under \"groups\"");
        }
        int sum = groups.stream().mapToInt(GradedGroup::points).sum();
        if (sum != totalPoints) {
            throw new IllegalArgumentException("the groups' points add up to " + sum + ", but totalPoints is "
                    + totalPoints + "; change one of them so they agree");
        }
        Set<String> stepIds = new HashSet<>();
        for (GradedGroup group : groups) {
            if (!stepIds.add(group.stepId())) {
                throw new IllegalArgumentException("two groups share the step id '" + group.stepId()
                        + "'; give group '" + group.name() + "' a more distinct name");
            }
        }
        this.totalPoints = totalPoints;
        this.groups = List.copyOf(groups);
        this.starterCheckPending = starterCheckPending;
    }

    /** Builds a plan whose starter must pass the export check. */
    public GradingPlan(int totalPoints, List<GradedGroup> groups) {
        this(totalPoints, groups, null);
    }

    /** Reads and checks a week's grading file. */
    public static GradingPlan read(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), GradingPlan.class);
        } catch (DatabindException e) {
            throw new IOException("invalid " + file + ": " + rootMessage(e), e);
        }
    }

    /** Tells whether any group selects a test; the arguments are those of {@link GradedGroup#selects}. */
    public boolean grades(String simpleClassName, String testName) {
        return groups.stream().anyMatch(group -> group.selects(simpleClassName, testName));
    }

    /** Returns every group's test patterns as one Surefire {@code -Dtest} value, which runs all graded tests. */
    public String allTestsPattern() {
        return String.join(",", groups.stream().flatMap(group -> group.tests().stream()).toList());
    }

    /**
     * Returns the plan used for a week that has no grading file yet: each test class is its own group worth
     * {@code pointsPerClass}.
     */
    public static GradingPlan onePerClass(List<String> testClasses, int pointsPerClass) {
        List<GradedGroup> groups = testClasses.stream()
                .map(testClass -> new GradedGroup(testClass, List.of(testClass), pointsPerClass,
                        GradedGroup.DEFAULT_TIMEOUT_MINUTES))
                .toList();
        return new GradingPlan(pointsPerClass * groups.size(), groups);
    }

    private static String rootMessage(DatabindException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
    }
}
