package dev.backendcourse.classroom.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.backendcourse.classroom.XmlFiles;

/** Flattens this repository's own poms for week 1, so the test follows the real parent as it changes. */
class PomFlattenerTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static String flattened;
    private static Document pom;

    @BeforeAll
    static void flattenWeekOne(@TempDir Path folder) throws IOException {
        flattened = PomFlattener.flatten(ROOT.resolve("pom.xml"), ROOT.resolve("course-kit/pom.xml"),
                ROOT.resolve("week1-hello-api/pom.xml"));
        Path file = folder.resolve("pom.xml");
        Files.writeString(file, flattened);
        pom = XmlFiles.parse(file);
    }

    @Test
    void hasNoParentModulesOrRepositories() {
        assertThat(pom.getElementsByTagName("parent").getLength()).isZero();
        assertThat(pom.getElementsByTagName("modules").getLength()).isZero();
        assertThat(pom.getElementsByTagName("packaging").getLength()).isZero();
        assertThat(pom.getElementsByTagName("repositories").getLength()).isZero();
        assertThat(flattened).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project");
    }

    @Test
    void takesWeeksCoordinatesAndMainClass() {
        Element project = pom.getDocumentElement();

        assertThat(childText(project, "groupId")).isEqualTo("dev.backendcourse");
        assertThat(childText(project, "artifactId")).isEqualTo("week1-hello-api");
        assertThat(childText(project, "name")).isEqualTo("Week 1: Hello API");
        assertThat(textOf("exec.mainClass")).containsExactly("dev.backendcourse.week1.HelloApi");
        assertThat(textOf("exec.skip")).containsExactly("false");
        assertThat(textOf("maven.compiler.release")).containsExactly("17");
    }

    @Test
    void dropsParentCommentOfReplacedProperty() {
        assertThat(flattened).doesNotContain("Only the week modules have a main class");
    }

    @Test
    void keepsParentCommentsOnVersions() {
        assertThat(flattened).contains("1.5 is the Logback line that declares SLF4J 2.0 as its API.");
    }

    @Test
    void dependsOnKitLibrariesNotOnKit() {
        List<String> dependencies = coordinates("dependencies");

        assertThat(dependencies).contains("org.glassfish.jersey.containers:jersey-container-grizzly2-http",
                "ch.qos.logback:logback-classic", "io.rest-assured:rest-assured:test",
                "org.junit.jupiter:junit-jupiter:test");
        assertThat(dependencies).noneMatch(dependency -> dependency.startsWith("dev.backendcourse:"));
        assertThat(dependencies).doesNotHaveDuplicates();
        assertThat(coordinates("dependencyManagement"))
                .noneMatch(dependency -> dependency.startsWith("dev.backendcourse:"))
                .contains("org.glassfish.jersey:jersey-bom");
    }

    @Test
    void keepsPinnedPluginsAndEnforcer() {
        assertThat(flattened)
                .contains("<artifactId>maven-surefire-plugin</artifactId>")
                .contains("<artifactId>maven-enforcer-plugin</artifactId>")
                .contains("<artifactId>exec-maven-plugin</artifactId>");
    }

    @Test
    void rejectsSectionItCannotMerge(@TempDir Path folder) throws IOException {
        Path weekPom = folder.resolve("pom.xml");
        Files.writeString(weekPom, """
                <project>
                    <artifactId>week9</artifactId>
                    <profiles><profile><id>x</id></profile></profiles>
                </project>
                """);

        assertThatThrownBy(() -> PomFlattener.flatten(ROOT.resolve("pom.xml"), ROOT.resolve("course-kit/pom.xml"),
                weekPom))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot flatten <profiles>");
    }

    @Test
    void mergesWeeksPluginsAndProperties(@TempDir Path folder) throws IOException {
        Path weekPom = folder.resolve("pom.xml");
        Files.writeString(weekPom, """
                <project>
                    <artifactId>week9</artifactId>
                    <properties>
                        <!-- Why week 9 needs more time. -->
                        <week9.timeout>30</week9.timeout>
                    </properties>
                    <build>
                        <plugins>
                            <plugin>
                                <groupId>org.example</groupId>
                                <artifactId>week9-plugin</artifactId>
                            </plugin>
                        </plugins>
                    </build>
                </project>
                """);

        String week9 = PomFlattener.flatten(ROOT.resolve("pom.xml"), ROOT.resolve("course-kit/pom.xml"), weekPom);

        assertThat(week9).contains("<!-- Why week 9 needs more time. -->\n        <week9.timeout>30</week9.timeout>");
        assertThat(week9).contains("<artifactId>week9-plugin</artifactId>");
        assertThat(week9).doesNotContain("<description>");
    }

    private static List<String> textOf(String tag) {
        List<String> values = new ArrayList<>();
        NodeList elements = pom.getElementsByTagName(tag);
        for (int index = 0; index < elements.getLength(); index++) {
            values.add(elements.item(index).getTextContent());
        }
        return values;
    }

    /** Returns group:artifact[:scope] of each dependency directly inside the section named {@code section}. */
    private static List<String> coordinates(String section) {
        Element container = child(pom.getDocumentElement(), section);
        if (section.equals("dependencyManagement")) {
            container = child(container, "dependencies");
        }
        List<String> result = new ArrayList<>();
        NodeList dependencies = container.getElementsByTagName("dependency");
        for (int index = 0; index < dependencies.getLength(); index++) {
            Element dependency = (Element) dependencies.item(index);
            String scope = childText(dependency, "scope");
            result.add(childText(dependency, "groupId") + ":" + childText(dependency, "artifactId")
                    + (scope == null || scope.equals("import") ? "" : ":" + scope));
        }
        return result;
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int index = 0; index < children.getLength(); index++) {
            if (children.item(index) instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }
}
