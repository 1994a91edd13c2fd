package org.daftar.web.faces.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primefaces.component.export.ColumnValue;

class CellTextTest {

    @Test
    void aRenderedCellIsReducedToWhatTheReaderSees() {
        String html = "31-12-2026\n                    <span class=\"standing standing-DUE\">31 दिन शेष</span>"
                + "<script nonce=\"x\">PrimeFaces.cw('x')</script>";

        assertThat(CellText.plain(html)).isEqualTo("31-12-2026 31 दिन शेष");
    }

    @Test
    void escapedCharactersComeBackAsThemselves() {
        assertThat(CellText.plain("R &amp; D &lt;LR&gt; &quot;x&quot; &#39;y&#39; &#x915;&nbsp;z &unknown;"))
                .isEqualTo("R & D <LR> \"x\" 'y' क z &unknown;");
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralisedButNumbersAreNot() {
        assertThat(SafeExporters.neutralised(ColumnValue.of("=HYPERLINK(\"http://x\")")).getValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SafeExporters.neutralised(ColumnValue.of("@SUM(A1)")).getValue()).isEqualTo("'@SUM(A1)");
        assertThat(SafeExporters.neutralised(ColumnValue.of("+91 98")).getValue()).isEqualTo("'+91 98");
        assertThat(SafeExporters.neutralised(ColumnValue.of("-12")).getValue()).isEqualTo("-12");
        assertThat(SafeExporters.neutralised(ColumnValue.of(42)).getValue()).isEqualTo(42);
        assertThat(SafeExporters.neutralised(ColumnValue.of("हरीश मिश्रा")).getValue()).isEqualTo("हरीश मिश्रा");
    }
}
