package dev.backendcourse.classroom.export;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import dev.backendcourse.classroom.XmlFiles;

/**
 * Writes the single {@code pom.xml} of an exported repository: the course's parent pom with its properties, BOMs
 * and plugin versions, turned into a jar project that contains the kit's and the week's dependencies. It has no parent
 * and no repositories, so it builds on a machine that has only a JDK and Maven Central.
 *
 * <p>The parent's comments stay, because they give the reasons for pinned versions and settings. A week or kit pom
 * that uses a section this class does not merge (profiles, repositories, resources) is rejected instead of being
 * half copied.
 */
public final class PomFlattener {

    private static final Set<String> WEEK_SECTIONS = Set.of("modelVersion", "parent", "artifactId", "name",
            "description", "properties", "dependencyManagement", "dependencies", "build");
    private static final Set<String> WEEK_BUILD_SECTIONS = Set.of("plugins", "pluginManagement");

    private final Document parent;
    private final Document kit;
    private final Document week;
    private final String ownGroupId;

    private PomFlattener(Document parent, Document kit, Document week) {
        this.parent = parent;
        this.kit = kit;
        this.week = week;
        this.ownGroupId = text(child(parent.getDocumentElement(), "groupId"));
    }

    /** Returns the flattened pom for the week whose pom is {@code weekPom}. */
    public static String flatten(Path parentPom, Path kitPom, Path weekPom) throws IOException {
        PomFlattener flattener = new PomFlattener(XmlFiles.parse(parentPom), XmlFiles.parse(kitPom), XmlFiles.parse(weekPom));
        flattener.checkSections(kitPom, flattener.kit);
        flattener.checkSections(weekPom, flattener.week);
        return flattener.flatten();
    }

    private String flatten() {
        Element project = parent.getDocumentElement();
        Element weekProject = week.getDocumentElement();

        setText(child(project, "artifactId"), text(child(weekProject, "artifactId")));
        Element weekName = child(weekProject, "name");
        if (weekName != null) {
            setText(child(project, "name"), text(weekName));
        }
        Element weekDescription = child(weekProject, "description");
        if (weekDescription != null) {
            setText(child(project, "description"), text(weekDescription));
        } else {
            remove(child(project, "description"));
        }
        remove(child(project, "packaging"));
        remove(child(project, "modules"));

        mergeProperties(project);
        mergeDependencyManagement(project);
        insertDependencies(project);
        mergeBuild(project);
        return serialize();
    }

    /** Replaces each property the week sets, with the comment right above the parent's value, then adds the rest. */
    private void mergeProperties(Element project) {
        Element properties = child(project, "properties");
        String separator = "\n        ";
        for (Element weekProperty : children(child(week.getDocumentElement(), "properties"))) {
            Element inherited = child(properties, weekProperty.getTagName());
            if (inherited != null) {
                removeCommentAbove(inherited);
                remove(inherited);
            }
            appendIndented(properties, copyWithCommentAbove(weekProperty), separator);
            separator = "        ";
        }
    }

    /** Drops the entries for the course's own modules, which the export replaces with copied sources. */
    private void mergeDependencyManagement(Element project) {
        Element managed = child(child(project, "dependencyManagement"), "dependencies");
        for (Element dependency : children(managed)) {
            if (ownGroupId.equals(text(child(dependency, "groupId")))) {
                removeCommentAbove(dependency);
                remove(dependency);
            }
        }
        for (Document module : List.of(kit, week)) {
            Element moduleManaged = child(child(module.getDocumentElement(), "dependencyManagement"), "dependencies");
            for (Element dependency : children(moduleManaged)) {
                appendIndented(managed, parent.importNode(dependency, true), "            ");
            }
        }
    }

    /**
     * Adds the kit's dependencies, then the week's. The kit's optional ones serve packages that only some weeks use
     * (test support, storage, cache), and a week that uses such a package declares them itself, so they are left
     * out, as are the kit's own test dependencies.
     */
    private void insertDependencies(Element project) {
        Element dependencies = parent.createElement("dependencies");
        Set<String> added = new HashSet<>();

        appendIndented(dependencies, parent.createComment(" The course kit's libraries. Its sources are in the"
                + " dev.backendcourse.kit packages. "), "        ");
        for (Element dependency : children(child(kit.getDocumentElement(), "dependencies"))) {
            String scope = text(child(dependency, "scope"));
            if ("test".equals(scope)) {
                continue;
            }
            if ("true".equals(text(child(dependency, "optional")))) {
                continue;
            }
            added.add(coordinates(dependency));
            appendIndented(dependencies, parent.importNode(dependency, true), "        ");
        }

        appendIndented(dependencies, parent.createComment(" The week's own libraries. "), "\n        ");
        for (Element dependency : children(child(week.getDocumentElement(), "dependencies"))) {
            if (ownGroupId.equals(text(child(dependency, "groupId"))) || !added.add(coordinates(dependency))) {
                continue;
            }
            appendIndented(dependencies, copyWithCommentAbove(dependency), "        ");
        }

        dependencies.appendChild(parent.createTextNode("\n    "));

        Element build = child(project, "build");
        project.insertBefore(dependencies, build);
        project.insertBefore(parent.createTextNode("\n\n    "), build);
    }

    /** Adds the week's plugins and plugin management to the parent's build section. */
    private void mergeBuild(Element project) {
        Element weekBuild = child(week.getDocumentElement(), "build");
        if (weekBuild == null) {
            return;
        }
        Element build = child(project, "build");
        Element plugins = child(build, "plugins");
        for (Element plugin : children(child(weekBuild, "plugins"))) {
            appendIndented(plugins, copyWithCommentAbove(plugin), "            ");
        }
        Element managedPlugins = child(child(build, "pluginManagement"), "plugins");
        for (Element plugin : children(child(child(weekBuild, "pluginManagement"), "plugins"))) {
            appendIndented(managedPlugins, copyWithCommentAbove(plugin), "                ");
        }
    }

    private void checkSections(Path file, Document module) {
        for (Element section : children(module.getDocumentElement())) {
            String name = section.getTagName();
            if (!WEEK_SECTIONS.contains(name)) {
                throw new IllegalArgumentException(file + ": the exporter cannot flatten <" + name + ">. Move it to "
                        + "the parent pom, or teach PomFlattener to merge it.");
            }
            if (name.equals("build")) {
                for (Element buildSection : children(section)) {
                    if (!WEEK_BUILD_SECTIONS.contains(buildSection.getTagName())) {
                        throw new IllegalArgumentException(file + ": the exporter cannot flatten <build><"
                                + buildSection.getTagName() + ">. Move it to the parent pom, or teach PomFlattener"
                                + " to merge it.");
                    }
                }
            }
        }
    }

    /** Returns a copy of {@code element} in the flattened pom, preceded by the comment right above it, if any. */
    private Node copyWithCommentAbove(Element element) {
        Node comment = commentAbove(element);
        if (comment == null) {
            return parent.importNode(element, true);
        }
        var fragment = parent.createDocumentFragment();
        fragment.appendChild(parent.importNode(comment, true));
        fragment.appendChild(parent.createTextNode("\n" + indentOf(element)));
        fragment.appendChild(parent.importNode(element, true));
        return fragment;
    }

    private static Node commentAbove(Element element) {
        Node previous = element.getPreviousSibling();
        while (previous != null && previous.getNodeType() == Node.TEXT_NODE && previous.getTextContent().isBlank()) {
            if (previous.getTextContent().chars().filter(c -> c == '\n').count() > 1) {
                return null;
            }
            previous = previous.getPreviousSibling();
        }
        return previous != null && previous.getNodeType() == Node.COMMENT_NODE ? previous : null;
    }

    private static void removeCommentAbove(Element element) {
        Node comment = commentAbove(element);
        if (comment != null) {
            remove(comment);
        }
    }

    private static String indentOf(Element element) {
        Node previous = element.getPreviousSibling();
        if (previous != null && previous.getNodeType() == Node.TEXT_NODE) {
            String text = previous.getTextContent();
            return text.substring(text.lastIndexOf('\n') + 1);
        }
        return "";
    }

    /** Appends {@code node} on a new line with {@code indent}, before the whitespace that precedes the closing tag. */
    private static void appendIndented(Element container, Node node, String indent) {
        Node closingWhitespace = container.getLastChild();
        if (closingWhitespace == null || closingWhitespace.getNodeType() != Node.TEXT_NODE
                || !closingWhitespace.getTextContent().isBlank()) {
            closingWhitespace = null;
        }
        Document document = container.getOwnerDocument();
        container.insertBefore(document.createTextNode("\n" + indent), closingWhitespace);
        container.insertBefore(node, closingWhitespace);
    }

    /** Removes a node together with the whitespace before it, so no empty line is left behind. */
    private static void remove(Node node) {
        if (node == null) {
            return;
        }
        Node previous = node.getPreviousSibling();
        if (previous != null && previous.getNodeType() == Node.TEXT_NODE && previous.getTextContent().isBlank()) {
            previous.getParentNode().removeChild(previous);
        }
        node.getParentNode().removeChild(node);
    }

    private static String coordinates(Element dependency) {
        return text(child(dependency, "groupId")) + ":" + text(child(dependency, "artifactId"));
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element child : children(parent)) {
            if (child.getTagName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        if (parent == null) {
            return elements;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }

    private static void setText(Element element, String text) {
        element.setTextContent(text);
    }

    private String serialize() {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter xml = new StringWriter();
            transformer.transform(new DOMSource(parent), new StreamResult(xml));
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("could not write the flattened pom", e);
        }
    }
}
