package org.daftar.web.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a user can see exists in English and in Hindi, and the Hindi is Devanagari in NFC. */
class BundlesTest {

    private static final Pattern DEVANAGARI = Pattern.compile("\\p{IsDevanagari}");
    /** Texts with no words of their own: Bean Validation's message is passed through as it is. */
    private static final Set<String> SAME_IN_BOTH = Set.of("jakarta.faces.validator.BeanValidator.MESSAGE",
            // the names of file formats, the same in Hindi
            "export.csv", "export.pdf");

    @ParameterizedTest
    @ValueSource(strings = {"org/daftar/web/messages", "ValidationMessages"})
    void everyKeyHasAnEnglishAndAHindiText(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties hi = load(bundle + "_hi.properties");

        assertThat(new TreeSet<>(hi.stringPropertyNames())).as("keys without Hindi text")
                .containsAll(en.stringPropertyNames());
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys without English text")
                .containsAll(hi.stringPropertyNames());
        en.stringPropertyNames().forEach(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/daftar/web/messages", "ValidationMessages"})
    void hindiTextsAreDevanagariInNfc(String bundle) throws IOException {
        Properties hi = load(bundle + "_hi.properties");
        for (String key : hi.stringPropertyNames()) {
            String text = hi.getProperty(key);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("%s is NFC", key).isTrue();
            if (!SAME_IN_BOTH.contains(key)) {
                assertThat(DEVANAGARI.matcher(text).find()).as("%s is written in Devanagari: %s", key, text).isTrue();
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
