package io.github.gandjl.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.config.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The train goal's defaults are the builder's defaults, so that {@code mvn gan:train} and the core
 * run the same recipe. Read from the generated plugin descriptor, which is what Maven uses: the
 * {@code @Parameter} annotations are not kept at run time.
 */
class TrainMojoDefaultsTest {

    /** The train goal's parameters: name to {@code [property expression, default value]}. */
    private static final Map<String, String[]> PARAMETERS = new LinkedHashMap<>();

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path classes =
                Path.of(
                        TrainMojo.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        Path descriptor = classes.resolve("META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(descriptor), "not generated: " + descriptor);
        Document doc =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(descriptor.toFile());
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!child(mojo, "goal").getTextContent().equals("train")) {
                continue;
            }
            NodeList values = child(mojo, "configuration").getChildNodes();
            for (int j = 0; j < values.getLength(); j++) {
                if (values.item(j) instanceof Element value) {
                    PARAMETERS.put(
                            value.getTagName(),
                            new String[] {
                                value.getTextContent(),
                                value.hasAttribute("default-value")
                                        ? value.getAttribute("default-value")
                                        : null
                            });
                }
            }
        }
        assertTrue(PARAMETERS.containsKey("epochs"), "no train goal in " + descriptor);
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static String defaultOf(String name) {
        String[] parameter = PARAMETERS.get(name);
        assertTrue(parameter != null, "the train goal has no parameter " + name);
        assertTrue(parameter[1] != null, "the train goal's " + name + " has no default");
        return parameter[1];
    }

    @Test
    void theGoalsDefaultsBuildTheBuildersDefaultConfiguration() {
        TrainingConfig fromGoal =
                TrainingConfig.builder()
                        .experiment("quick")
                        .description(defaultOf("description"))
                        .seed(Long.parseLong(defaultOf("seed")))
                        .epochs(Integer.parseInt(defaultOf("epochs")))
                        .batchSize(Integer.parseInt(defaultOf("batchSize")))
                        .learningRate(Double.parseDouble(defaultOf("learningRate")))
                        .gamma(Double.parseDouble(defaultOf("gamma")))
                        .beta1(Double.parseDouble(defaultOf("beta1")))
                        .beta2(Double.parseDouble(defaultOf("beta2")))
                        .latentSize(Integer.parseInt(defaultOf("latentSize")))
                        .generatorLayers(defaultOf("generatorLayers"))
                        .discriminatorLayers(defaultOf("discriminatorLayers"))
                        .weightInitStd(Double.parseDouble(defaultOf("weightInitStd")))
                        .realLabels(defaultOf("realLabels"))
                        .fakeLabels(defaultOf("fakeLabels"))
                        .sampleInterval(Integer.parseInt(defaultOf("sampleInterval")))
                        .threads(Integer.parseInt(defaultOf("threads")))
                        .build();
        assertEquals(TrainingConfig.builder().experiment("quick").build(), fromGoal);
    }

    /** Every parameter the manifest records can be set as {@code gan.<name>} on the goal. */
    @Test
    void everyRecordedParameterIsAGoalParameterOfTheSameName() {
        for (String name : TrainingConfig.builder().experiment("x").build().parameters().keySet()) {
            String[] parameter = PARAMETERS.get(name);
            assertTrue(parameter != null, "the train goal has no parameter " + name);
            assertEquals("${gan." + name + "}", parameter[0], name);
        }
    }

    /** Every user-facing parameter can be overridden with -Dgan.<name>. */
    @Test
    void everyParameterHasAGanProperty() {
        PARAMETERS.forEach(
                (name, parameter) -> {
                    if (!name.equals("project")) {
                        assertEquals("${gan." + name + "}", parameter[0], name);
                    }
                });
    }
}
