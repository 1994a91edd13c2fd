package org.daftar.cases;

/** The revenue courts of a district whose case registers Daftar keeps: tehsildar, SDM and collector. */
public enum RevenueCourt {
    TEHSILDAR("Tehsildar", "तहसीलदार"),
    SDM("Sub-Divisional Officer (Revenue)", "अनुविभागीय अधिकारी (राजस्व)"),
    COLLECTOR("Collector", "कलेक्टर");

    private final String labelEn;
    private final String labelHi;

    RevenueCourt(String labelEn, String labelHi) {
        this.labelEn = labelEn;
        this.labelHi = labelHi;
    }

    public String label(boolean hindi) { return hindi ? labelHi : labelEn; }
}
