package org.daftar.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.audit.AuditEntry;
import org.daftar.audit.AuditLog;
import org.daftar.audit.ChainVerification;
import org.daftar.web.faces.PagedRows;

import java.io.Serializable;

/** The audit log, newest first, and the check that its hash chain is unbroken. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    private transient AuditLog audit;

    private final PagedRows<AuditEntry> rows = new PagedRows<>(
            () -> audit.count(), (first, max) -> audit.latest(first, max), AuditEntry::getSeq);

    private ChainVerification verification;

    public void verify() {
        verification = audit.verify();
    }

    public PagedRows<AuditEntry> getRows() { return rows; }
    public ChainVerification getVerification() { return verification; }
}
