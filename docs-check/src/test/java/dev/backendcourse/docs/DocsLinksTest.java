package dev.backendcourse.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * Checks that every relative link in {@code docs/} and in the week handouts reaches a file of the repository and,
 * when it names a heading with {@code #}, a heading of that page, using GitHub's rule for heading anchors.
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Path ROOT = Path.of(System.getProperty("docs.repositoryRoot", "..")).toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> relativeLinksReachTheirTarget() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        try (Stream<Path> children = Files.list(ROOT)) {
            children.filter(child -> child.getFileName().toString().matches("week\\d-.*"))
                    .map(week -> week.resolve("README.md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(pages::add);
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(
                ROOT.relativize(page).toString().replace('\\', '/'), () -> checkLinks(page)));
    }

    private static void checkLinks(Path page) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> lines = Files.readAllLines(page);
        boolean inCode = false;

        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            }
            if (inCode) {
                continue;
            }
            Matcher link = LINK.matcher(line);
            while (link.find()) {
                String week = missingWeekFolder(page, link.group(1));
                if (week != null) {
                    pending.add(link.group(1) + " (" + week + " is not in this checkout yet)");
                    continue;
                }
                String problem = problemWith(page, link.group(1));
                if (problem != null) {
                    problems.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("Broken links:\n  " + String.join("\n  ", problems));
        }
        if (!pending.isEmpty()) {
            throw new TestAbortedException("the other links work. Not checked yet: " + String.join(", ", pending));
        }
    }

    /** Returns the week folder that a link points into when this checkout does not have it yet, or null. */
    private static String missingWeekFolder(Path page, String target) {
        if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
            return null;
        }
        String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        Path relative = ROOT.relativize(page.getParent().resolve(path).normalize());
        String top = relative.getName(0).toString();
        return top.matches("week\\d-.*") && !Files.isDirectory(ROOT.resolve(top)) ? top : null;
    }

    /** Returns what is wrong with one link target, or null when it is fine or points outside the repository. */
    private static String problemWith(Path page, String target) throws IOException {
        if (target.matches("^[a-z]+:.*")) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);

        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!Files.exists(file)) {
            return target + " names " + ROOT.relativize(file) + ", which does not exist";
        }
        if (anchor != null && !anchorsOf(file).contains(anchor)) {
            return target + ": " + ROOT.relativize(file) + " has no heading with the anchor #" + anchor
                    + ". Its anchors are " + anchorsOf(file);
        }
        return null;
    }

    /** Returns the anchors GitHub gives the headings of a Markdown page: lower case, punctuation dropped. */
    private static Set<String> anchorsOf(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(page)) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            }
            Matcher heading = HEADING.matcher(line);
            if (!inCode && heading.matches()) {
                String text = heading.group(1).replaceAll("`", "").toLowerCase(Locale.ROOT);
                anchors.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
