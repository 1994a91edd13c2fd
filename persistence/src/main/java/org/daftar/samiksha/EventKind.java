package org.daftar.samiksha;

/** What happened to an assignment; each is kept, in order, with who did it and when. */
public enum EventKind {
    ISSUED, COMPLIANCE_SUBMITTED, ACCEPTED, RETURNED, EXTENSION_REQUESTED, EXTENSION_GRANTED, EXTENSION_REFUSED,
    REASON_ASKED, REASON_GIVEN, REMINDED, ESCALATED
}
