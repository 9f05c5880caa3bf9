package id.go.mimikakab.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every visible string comes from the message bundles, in both languages. */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern DYNAMIC_KEY_PREFIX = Pattern.compile("#\\{'([A-Za-z0-9_.]+)' \\+");
    private static final String SOURCE_KEY_MODULES = "(?:account|agency|category|holiday|setup|token|audit|calendar|profile|report|notification|mcc|inbox|track|sla|open311|health)";
    private static final Pattern SOURCE_KEY = Pattern.compile("\"(" + SOURCE_KEY_MODULES + "\\.[A-Za-z.]*[A-Za-z])\"");
    /** A key computed in Java, such as {@code "notification.follower.step." + action}: its prefix must have entries. */
    private static final Pattern SOURCE_KEY_PREFIX = Pattern.compile("\"(" + SOURCE_KEY_MODULES + "\\.[A-Za-z.]*\\.)\" \\+");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([A-Za-z0-9_.]+)}\"");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

    /** The base names of every bundle, as configured in {@code spring.messages.basename}. */
    private static List<String> baseNames() throws IOException {
        Properties application = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
        return List.of(application.getProperty("spring.messages.basename").split(","));
    }

    /** All keys of one language across every bundle; {@code suffix} is "" for Indonesian or "_en". */
    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        for (String base : baseNames()) {
            Path file = Path.of("src/main/resources", base.strip() + suffix + ".properties");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        return properties;
    }

    @Test
    void everyBundleExistsInBothLanguages() throws IOException {
        for (String base : baseNames()) {
            assertThat(Path.of("src/main/resources", base.strip() + ".properties")).exists();
            assertThat(Path.of("src/main/resources", base.strip() + "_en.properties")).exists();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Set<String> keysUsedIn(Path root, String suffix, Pattern... patterns) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : patterns) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void indonesianAndEnglishHaveExactlyTheSameKeys() throws IOException {
        Set<String> indonesian = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("_en").stringPropertyNames());
        assertThat(english).as("keys missing in English").containsAll(indonesian);
        assertThat(indonesian).as("keys missing in Indonesian").containsAll(english);
    }

    @Test
    void everyKeyATemplateOrAControllerNamesExists() throws IOException {
        Set<String> defined = bundle("").stringPropertyNames();
        Set<String> used = keysUsedIn(TEMPLATES, ".html", TEMPLATE_KEY);
        used.addAll(keysUsedIn(SOURCES, ".java", SOURCE_KEY, VALIDATION_KEY));
        assertThat(defined).as("message keys used but not defined").containsAll(used);
    }

    @Test
    void everyPrefixOfAComputedKeyHasEntries() throws IOException {
        Set<String> defined = bundle("").stringPropertyNames();
        Set<String> prefixes = keysUsedIn(TEMPLATES, ".html", DYNAMIC_KEY_PREFIX);
        prefixes.addAll(keysUsedIn(SOURCES, ".java", SOURCE_KEY_PREFIX));
        for (String prefix : prefixes) {
            assertThat(defined).as("keys starting with " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }

    @Test
    void templatesHaveNoHardCodedVisibleText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:errors")
                        || element.hasAttr("th:replace") || element.hasAttr("th:insert")
                        || element.tagName().equals("script") || element.tagName().equals("style");
                if (!replaced && element.ownText().chars().anyMatch(Character::isLetter)) {
                    offenders.add(template.getFileName() + ": <" + element.tagName() + "> " + element.ownText());
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute) && !element.hasAttr("th:attr")) {
                        offenders.add(template.getFileName() + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(offenders).as("visible text not taken from messages").isEmpty();
    }
}
