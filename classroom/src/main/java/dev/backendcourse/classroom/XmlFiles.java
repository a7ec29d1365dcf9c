package dev.backendcourse.classroom;

import java.io.IOException;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Reads the XML files the exporter works with: poms and test reports. */
public final class XmlFiles {

    private XmlFiles() {
    }

    /** Parses a file, keeping comments and whitespace. Document type declarations are rejected, as poms have none. */
    public static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
