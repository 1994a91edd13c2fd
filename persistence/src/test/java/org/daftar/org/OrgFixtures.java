package org.daftar.org;

/** A small organisation for domain tests: one district, department and section, posts on demand. */
public final class OrgFixtures {

    private static final District DISTRICT = new District("BSP", "Bilaspur", "बिलासपुर", "Chhattisgarh");
    private static final Department LAND_RECORDS = new Department(DISTRICT, "LR", "Land Records", "भू-अभिलेख");
    private static final Section BHUIYAN = new Section(LAND_RECORDS, "BHU", "Bhuiyan", "भुइयां");

    private OrgFixtures() {
    }

    public static Post post(String code, Post reportsTo) {
        return new Post(BHUIYAN, code, "Assistant Grade-2", "सहायक ग्रेड-2", reportsTo);
    }
}
