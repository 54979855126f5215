package dev.rudderiam.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM ({@code bom/pom.xml}) manages exactly the published artifacts, every one at the project version, and has
 * the reactor's version itself: it has no parent (so that importing it pins none of our dependencies), so its
 * version is written twice and this test is what keeps the two equal. It lives in the command-line module because
 * that module is built after every published one; it reads the POMs from the source tree.
 */
class BomTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Reactor modules that are not published artifacts. */
    private static final List<String> NOT_PUBLISHED = List.of("bom", "module-path-test", "benchmarks");

    @Test
    void theBomManagesEveryPublishedModuleAtTheProjectVersion() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("bom/pom.xml"));

        assertEquals(text(parent.getDocumentElement(), "version"), text(bom.getDocumentElement(), "version"),
                "the BOM's version is the reactor's");
        assertEquals(text(parent.getDocumentElement(), "groupId"), text(bom.getDocumentElement(), "groupId"));

        TreeSet<String> published = new TreeSet<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().trim();
            if (!NOT_PUBLISHED.contains(module)) {
                published.add(text(read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(),
                        "artifactId"));
            }
        }

        Map<String, String> managed = new TreeMap<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertEquals("dev.rudderiam", text(dependency, "groupId"));
            managed.put(text(dependency, "artifactId"), text(dependency, "version"));
        }
        assertEquals(List.copyOf(published), new ArrayList<>(managed.keySet()), "published modules in the BOM");
        managed.forEach((artifact, version) -> assertEquals("${project.version}", version, artifact));
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** {@return the text of {@code element}'s direct child {@code name}} */
    private static String text(Element element, String name) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element && child.getNodeName().equals(name)) {
                return child.getTextContent().trim();
            }
        }
        throw new AssertionError(element.getNodeName() + " has no <" + name + ">");
    }
}
