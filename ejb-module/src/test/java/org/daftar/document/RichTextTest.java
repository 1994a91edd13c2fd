package org.daftar.document;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RichTextTest {

    /** Conjuncts, reph, explicit half forms (ZWJ), no ligature (ZWNJ), nukta, emoji with modifiers and ZWJ sequences. */
    private static final String HINDI = "क्ष त्र ज्ञ श्री त्र्यंबक र्‍य क्‍ष क्‌ष ड़ फ़ "
            + "न\u200Cि 👍🏽 👨\u200D👩\u200D👧 🇮🇳 ।॥ १२३";

    @Test
    void removesScripts() {
        assertThat(RichText.sanitize("<script>alert(1)</script>")).isEmpty();
        assertThat(RichText.sanitize("<p>ठीक<script>alert(1)</script></p>")).isEqualTo("<p>ठीक</p>");
    }

    @Test
    void removesImagesAndEventHandlers() {
        assertThat(RichText.sanitize("<img src=x onerror=alert(1)>")).isEmpty();
        assertThat(RichText.sanitize("<p onclick=\"alert(1)\" style=\"color:red\">text</p>")).isEqualTo("<p>text</p>");
        assertThat(RichText.sanitize("<b onmouseover=alert(1)>x</b>")).isEqualTo("<b>x</b>");
    }

    @Test
    void removesLinksStylesAndOtherElementsButKeepsTheirText() {
        assertThat(RichText.sanitize("<p>see <a href=\"javascript:alert(1)\">this</a></p><style>p{}</style>"))
                .isEqualTo("<p>see this</p>");
        assertThat(RichText.sanitize("<div><span>in a div</span></div><h1>heading</h1>")).isEqualTo("in a divheading");
        assertThat(RichText.sanitize("<iframe src=x></iframe><svg onload=alert(1)></svg>x")).isEqualTo("x");
    }

    @Test
    void keepsTheAllowedElements() {
        String html = "<p><b>बोल्ड</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u><br />line</p>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol>";
        assertThat(RichText.sanitize(html)).isEqualTo(html);
        assertThat(RichText.sanitize("<b>बोल्ड</b>")).isEqualTo("<b>बोल्ड</b>");
    }

    @Test
    void balancesTagsAndEscapesText() {
        assertThat(RichText.sanitize("<b>unclosed")).isEqualTo("<b>unclosed</b>");
        assertThat(RichText.sanitize("a < b && c > \"d\"")).isEqualTo("a &lt; b &amp;&amp; c &gt; &#34;d&#34;");
        assertThat(RichText.sanitize("&lt;script&gt;")).isEqualTo("&lt;script&gt;");
    }

    @Test
    void keepsHindiAndEmojiByteForByte() {
        String html = "<p>" + HINDI + "</p>";
        assertThat(RichText.sanitize(html).getBytes(UTF_8)).isEqualTo(html.getBytes(UTF_8));
        assertThat(RichText.plain(html).getBytes(UTF_8)).isEqualTo(HINDI.getBytes(UTF_8));
    }

    @Test
    void dropsControlCharactersAndNonCharacters() {
        assertThat(RichText.sanitize("<p>a\u0000b\u0007c\uFFFEd\uD800e</p>")).isEqualTo("<p>abcde</p>");
    }

    @Test
    void isIdempotent() {
        String once = RichText.sanitize("<p>" + HINDI + " & <b>x</b><script>y</script></p>");
        assertThat(RichText.sanitize(once)).isEqualTo(once);
    }

    @Test
    void plainGivesTheWordsALinePerBlock() {
        assertThat(RichText.plain("<p>पहला  <b>अनुच्छेद</b></p>\n<p>R&amp;D</p><ul><li>एक</li><li>two<br>three</li></ul>"))
                .isEqualTo("पहला अनुच्छेद\nR&D\nएक\ntwo\nthree");
        assertThat(RichText.plain("<script>alert(1)</script>केवल पाठ")).isEqualTo("केवल पाठ");
        assertThat(RichText.plain("a < b")).isEqualTo("a < b");
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(RichText.sanitize(null)).isEmpty();
        assertThat(RichText.plain(null)).isEmpty();
        assertThat(RichText.csvSafe(null)).isEmpty();
    }

    @Test
    void handlesAHundredKilobytes() {
        String paragraph = "<p>" + HINDI + " <b>नामांतरण</b> text <script>x()</script><img src=x onerror=y></p>";
        String html = paragraph.repeat(100 * 1024 / paragraph.getBytes(UTF_8).length + 1);
        assertThat(html.getBytes(UTF_8).length).isGreaterThan(100 * 1024);

        String safe = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> RichText.sanitize(html));
        assertThat(safe).doesNotContain("script", "img", "onerror").contains("<b>नामांतरण</b>").contains(HINDI);
        assertThat(RichText.plain(html)).contains(HINDI + " नामांतरण text");
    }

    @Test
    void csvSafeDefusesFormulas() {
        assertThat(RichText.csvSafe("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(RichText.csvSafe("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(RichText.csvSafe("-2+3+cmd")).isEqualTo("'-2+3+cmd");
        assertThat(RichText.csvSafe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RichText.csvSafe("\t=1")).isEqualTo("'\t=1");
        assertThat(RichText.csvSafe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void csvSafeLeavesOrdinaryValuesAlone() {
        assertThat(RichText.csvSafe("नामांतरण")).isEqualTo("नामांतरण");
        assertThat(RichText.csvSafe("a=b")).isEqualTo("a=b");
        assertThat(RichText.csvSafe("-250")).isEqualTo("-250");
        assertThat(RichText.csvSafe("+5.5")).isEqualTo("+5.5");
        assertThat(RichText.csvSafe("")).isEmpty();
    }
}
