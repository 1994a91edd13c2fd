package org.daftar.audit;

/** The outcome of re-hashing the audit chain: intact, or the first row that does not match. */
public record ChainVerification(boolean intact, long entriesChecked, long firstBadSeq, String problemKey) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, 0, null);
    }

    static ChainVerification broken(long checked, long seq, String problemKey) {
        return new ChainVerification(false, checked, seq, problemKey);
    }
}
