package org.daftar.org;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/**
 * A name as the district writes it, in English and in Hindi: every department, section, post and
 * holiday has both, and the page shows the one of the reader's language. Stored NFC.
 */
@Embeddable
public class BilingualName implements Serializable {

    @NotBlank(message = "{name.en.required}")
    @Size(max = 120)
    @Column(name = "name_en", nullable = false, length = 120)
    private String en;

    @NotBlank(message = "{name.hi.required}")
    @Size(max = 120)
    @Column(name = "name_hi", nullable = false, length = 120)
    private String hi;

    protected BilingualName() {
    }

    private BilingualName(String en, String hi) {
        this.en = en;
        this.hi = hi;
    }

    public static BilingualName of(String en, String hi) {
        return new BilingualName(Text.clean(en), Text.clean(hi));
    }

    public String getEn() { return en; }

    public String getHi() { return hi; }

    public String in(boolean hindi) { return hindi ? hi : en; }

    @Override
    public boolean equals(Object o) {
        return o instanceof BilingualName n && Objects.equals(en, n.en) && Objects.equals(hi, n.hi);
    }

    @Override
    public int hashCode() { return Objects.hash(en, hi); }

    @Override
    public String toString() { return en + " / " + hi; }
}
