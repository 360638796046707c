package vn.edoc.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the guides of {@code docs/} link to each other by file and heading: every such link must lead to a
 * file that exists and, where it names a heading, to a heading that is there (GitHub's anchors), so that a guide moved
 * or a heading renamed never leaves a reader at a dead end.
 */
class DocumentationLinksTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    @Test
    void everyLinkBetweenTheGuidesLeadsSomewhere() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Path page : pages) {
            anchors.put(page, anchorsOf(Files.readString(page)));
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Matcher links = LINK.matcher(Files.readString(page));
            while (links.find()) {
                String target = links.group(1);
                if (target.matches("^(https?|mailto):.*")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved =
                        file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(ROOT.relativize(page) + " -> " + target + " (no such file)");
                } else if (anchor != null
                        && resolved.toString().endsWith(".md")
                        && !anchors.getOrDefault(resolved, Set.of()).contains(anchor)) {
                    broken.add(ROOT.relativize(page) + " -> " + target + " (no such heading)");
                }
            }
        }
        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(broken).isEmpty();
    }

    /** GitHub's anchor of each heading: lower case, punctuation dropped, spaces to hyphens. */
    private static Set<String> anchorsOf(String markdown) {
        Set<String> anchors = new HashSet<>();
        Matcher headings = HEADING.matcher(markdown);
        while (headings.find()) {
            anchors.add(headings.group(1)
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\- _]", "")
                    .replace(' ', '-'));
        }
        return anchors;
    }
}
