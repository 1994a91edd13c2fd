package org.daftar.cases;

/** What a revenue case is about (the kinds the weekly time-limit meeting reviews). */
public enum RevenueCaseType {
    MUTATION("Mutation", "नामांतरण"),
    PARTITION("Partition", "बंटवारा"),
    DEMARCATION("Demarcation", "सीमांकन"),
    DIVERSION("Diversion", "व्यपवर्तन"),
    OTHER("Other", "अन्य");

    private final String labelEn;
    private final String labelHi;

    RevenueCaseType(String labelEn, String labelHi) {
        this.labelEn = labelEn;
        this.labelHi = labelHi;
    }

    public String label(boolean hindi) { return hindi ? labelHi : labelEn; }

    public String getLabelEn() { return labelEn; }

    public String getLabelHi() { return labelHi; }
}
