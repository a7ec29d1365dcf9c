package dev.backendcourse.classroom.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.backendcourse.classroom.XmlFiles;

/** Reads the test results that Maven Surefire writes to {@code target/surefire-reports/TEST-*.xml}. */
final class SurefireReports {

    /** The result of one test method. {@code message} is the failure's or error's message, or null if it passed. */
    record TestResult(String className, String testName, Outcome outcome, String message) {

        /** Returns the class name without its package, with {@code $} before a nested class's name. */
        String simpleClassName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }

        /**
         * Returns the class and method without a parameterized case's index, such as {@code
         * HelloApiTest.itemIdIsReturnedAsNumber(int)}. A failure of the whole class, which Surefire reports with an
         * empty test name, is named as such.
         */
        String methodName() {
            if (testName.isEmpty()) {
                return simpleClassName() + " (the whole class, before its tests ran)";
            }
            return simpleClassName() + "." + testName.replaceAll("\\[\\d+]$", "");
        }
    }

    enum Outcome {
        PASSED, FAILED, SKIPPED
    }

    private SurefireReports() {
    }

    static List<TestResult> read(Path projectFolder) throws IOException {
        Path reports = projectFolder.resolve("target/surefire-reports");
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(reports)) {
            files = entries.filter(file -> file.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        }
        List<TestResult> results = new ArrayList<>();
        for (Path file : files) {
            results.addAll(readFile(file));
        }
        return results;
    }

    private static List<TestResult> readFile(Path file) throws IOException {
        NodeList testCases = XmlFiles.parse(file).getElementsByTagName("testcase");

        List<TestResult> results = new ArrayList<>();
        for (int index = 0; index < testCases.getLength(); index++) {
            Element testCase = (Element) testCases.item(index);
            Element problem = firstChild(testCase, "failure");
            if (problem == null) {
                problem = firstChild(testCase, "error");
            }
            Outcome outcome = problem != null ? Outcome.FAILED
                    : firstChild(testCase, "skipped") != null ? Outcome.SKIPPED : Outcome.PASSED;
            String message = problem == null ? null : problem.getAttribute("message");
            results.add(new TestResult(testCase.getAttribute("classname"), testCase.getAttribute("name"), outcome,
                    message));
        }
        return results;
    }

    private static Element firstChild(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        return children.getLength() == 0 ? null : (Element) children.item(0);
    }
}
