package org.daftar.efile;

/** What a receipt or file is about, as the time-limit meeting sorts it. */
public enum Category {
    GENERAL, TL_LETTER, JANDARSHAN, REVENUE_CASE, PENSION, RTI, COURT_CASE, VIP_REFERENCE
}
