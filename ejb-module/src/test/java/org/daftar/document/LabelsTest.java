package org.daftar.document;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    @Test
    void everyDocumentTextExistsInEnglishAndInHindiDevanagariNfc() throws Exception {
        Properties en = load("labels.properties");
        Properties hi = load("labels_hi.properties");

        assertThat(hi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : hi.stringPropertyNames()) {
            String text = hi.getProperty(key);
            assertThat(text).as(key).matches("(?s).*\\p{IsDevanagari}.*");
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(key).isTrue();
        }
    }

    @Test
    void documentsPrintHindiFirstAndFillTheDistrict() {
        assertThat(Labels.both("letter.date")).isEqualTo("दिनांक / Date");
        assertThat(Labels.hi("office", "बिलासपुर")).isEqualTo("कार्यालय कलेक्टर, जिला बिलासपुर");
        assertThat(Labels.en("office", "Bilaspur")).isEqualTo("Office of the Collector, District Bilaspur");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
