package dev.lambdapackager.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code mvn help:describe -Ddetail} reads the descriptions of the generated plugin descriptor as HTML and drops
 * whatever looks like a tag, so a Javadoc code span holding {@code <outputDirectory>/<Function>.zip} came out as
 * "//.zip". No description of our goals or their parameters may contain an angle bracket (the generated
 * {@code help} goal's own text is maven-plugin-plugin's, not ours).
 */
class PluginDescriptionsSurviveHelpDescribeTest {

    /** Written by maven-plugin-plugin's descriptor goal (process-classes), before the tests run. */
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void noDescriptionHasTextThatLooksLikeATag() throws Exception {
        assertThat(DESCRIPTOR).exists();
        NodeList mojos = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(DESCRIPTOR.toFile())
                .getElementsByTagName("mojo");
        List<String> texts = new ArrayList<>();
        for (int m = 0; m < mojos.getLength(); m++) {
            Element mojo = (Element) mojos.item(m);
            if (mojo.getElementsByTagName("goal").item(0).getTextContent().equals("help")) {
                continue;
            }
            NodeList descriptions = mojo.getElementsByTagName("description");
            for (int i = 0; i < descriptions.getLength(); i++) {
                texts.add(descriptions.item(i).getTextContent());
            }
        }
        assertThat(texts).as("descriptions of the goals and parameters").hasSizeGreaterThan(15);
        assertThat(texts).noneMatch(text -> text.contains("<") || text.contains(">"));
    }

    @Test
    void theArchiveGoalSaysWhereTheZipsGo() throws Exception {
        assertThat(Files.readString(DESCRIPTOR)).contains("NAME/NAME.zip in outputDirectory");
    }
}
