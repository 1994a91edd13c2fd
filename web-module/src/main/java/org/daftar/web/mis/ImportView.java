package org.daftar.web.mis;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.daftar.mis.onboarding.ImportFile;
import org.daftar.mis.onboarding.ImportJob;
import org.daftar.mis.onboarding.ImportRow;
import org.daftar.mis.onboarding.ImportService;
import org.daftar.mis.onboarding.RowCheck.Checked;
import org.daftar.mis.onboarding.RowCheck.Status;
import org.daftar.platform.BusinessException;
import org.daftar.user.Passwords;
import org.daftar.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Bulk import of posts and employees: upload a CSV or Excel file, see every row checked (the
 * errors in the reader's language, downloadable to fix), then import the good rows in the
 * background while a progress bar shows how far it got.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    @Inject
    private transient ImportService imports;

    private transient Part upload;
    private String initialPassword;
    private List<ImportRow> rows = List.of();
    private List<Checked> checked = List.of();
    private ImportJob job;

    public void check() {
        if (upload == null || upload.getSize() == 0) {
            throw new BusinessException("import.file.empty");
        }
        try (InputStream in = upload.getInputStream()) {
            rows = ImportFile.read(upload.getSubmittedFileName(), in.readAllBytes());
        } catch (IOException e) {
            throw new BusinessException("import.file.unreadable");
        }
        checked = imports.preview(rows);
        job = null;
        Messages.info(null, "import.checked", rows.size(), getGoodCount(), getErrorCount());
    }

    /** Imports the rows without errors in the background; the progress bar polls {@link #getProgress()}. */
    public void start() {
        List<ImportRow> good = checked.stream().filter(c -> c.status() == Status.NEW).map(Checked::row).toList();
        if (good.isEmpty()) {
            throw new BusinessException("import.nothingNew");
        }
        if (checked.stream().anyMatch(Checked::newUser) && (initialPassword == null || initialPassword.isBlank())) {
            throw new BusinessException("import.password.required");
        }
        checked.stream().filter(Checked::newUser).map(c -> Passwords.problemWith(c.entry().login(), initialPassword))
                .filter(Objects::nonNull).findFirst().ifPresent(problem -> {
                    throw new BusinessException(problem);
                });
        job = new ImportJob(good.size());
        imports.start(good, initialPassword, job);
    }

    /** Called once the bar reaches 100: says what happened and checks the file again, so the rows now show as present. */
    public void finished() {
        if (job == null || !job.isFinished()) {
            return;
        }
        ImportJob.Failure failure = job.failure();
        if (failure != null) {
            String reason = RowProblems.text(locale(), failure.key(), failure.args().toArray());
            if (failure.line() > 0) {
                Messages.error(null, "import.failed.row", failure.line(), reason);
            } else {
                Messages.error(null, "import.failed", reason);
            }
        } else {
            ImportJob.Imported done = job.imported();
            Messages.info(null, "import.done", done.posts(), done.users(), done.present());
            checked = imports.preview(rows);
        }
    }

    /** The rows with errors as CSV, with a column saying what is wrong, to fix and upload again. */
    public StreamedContent getErrorFile() {
        List<ImportRow> bad = checked.stream().filter(c -> c.status() == Status.ERROR).map(Checked::row).toList();
        Locale locale = locale();
        byte[] csv = ImportFile.csv(bad, "error", row -> checked.stream().filter(c -> c.row() == row).findFirst()
                .map(c -> RowProblems.describe(c, locale)).orElse(""));
        return DefaultStreamedContent.builder().name("import-errors.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public String problems(Checked row) {
        return RowProblems.describe(row, locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public int getProgress() { return job == null ? 0 : job.percent(); }
    public boolean isRunning() { return job != null; }
    public long getGoodCount() { return checked.stream().filter(c -> c.status() == Status.NEW).count(); }
    public long getPresentCount() { return checked.stream().filter(c -> c.status() == Status.PRESENT).count(); }
    public long getErrorCount() { return checked.stream().filter(c -> c.status() == Status.ERROR).count(); }
    public List<Checked> getChecked() { return checked; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
}
