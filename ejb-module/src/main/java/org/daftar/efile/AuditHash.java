package org.daftar.efile;

import org.daftar.audit.AuditEntry;

/** The audit chain records a note's fingerprint, not its text: the chain proves what was written without repeating it. */
final class AuditHash {
    private AuditHash() {
    }

    static String of(String text) {
        return AuditEntry.sha256(text).substring(0, 16);
    }
}
