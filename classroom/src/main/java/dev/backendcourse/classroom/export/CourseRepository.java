package dev.backendcourse.classroom.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.NodeList;

import dev.backendcourse.classroom.XmlFiles;

/** The course repository the exporter reads: its root folder, the kit module and the week modules. */
public record CourseRepository(Path root) {

    public static final String KIT_MODULE = "course-kit";

    public CourseRepository {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * Finds the course repository: the parent of the module folder Maven's exec plugin names, when it runs the
     * exporter, or else the nearest folder at or above {@code start} whose {@code pom.xml} lists the kit module.
     */
    public static CourseRepository locate(Path start) throws IOException {
        String moduleDir = System.getProperty("course.module.dir");
        if (moduleDir != null && isCourseRoot(Path.of(moduleDir).getParent())) {
            return new CourseRepository(Path.of(moduleDir).getParent());
        }
        for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (isCourseRoot(folder)) {
                return new CourseRepository(folder);
            }
        }
        throw new IOException("no course repository at or above " + start.toAbsolutePath()
                + ": expected a pom.xml that lists the " + KIT_MODULE + " module. Run from the course repository.");
    }

    private static boolean isCourseRoot(Path folder) throws IOException {
        Path pom = folder == null ? null : folder.resolve("pom.xml");
        return pom != null && Files.isRegularFile(pom) && modulesIn(pom).contains(KIT_MODULE);
    }

    /** Returns the week modules in the order the parent pom lists them: the modules whose names start with "week". */
    public List<String> weeks() throws IOException {
        return modulesIn(root.resolve("pom.xml")).stream().filter(module -> module.startsWith("week")).toList();
    }

    public Path kit() {
        return root.resolve(KIT_MODULE);
    }

    /** Returns the folder of a week module, checking that the parent pom lists it. */
    public Path week(String module) throws IOException {
        List<String> weeks = weeks();
        if (!weeks.contains(module)) {
            throw new IOException("unknown week '" + module + "'; the parent pom lists " + String.join(", ", weeks));
        }
        return root.resolve(module);
    }

    private static List<String> modulesIn(Path pom) throws IOException {
        NodeList moduleElements = XmlFiles.parse(pom).getElementsByTagName("module");
        List<String> modules = new ArrayList<>();
        for (int index = 0; index < moduleElements.getLength(); index++) {
            modules.add(moduleElements.item(index).getTextContent().strip());
        }
        return modules;
    }
}
