package org.daftar.web.mis;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.document.Labels;
import org.daftar.mis.pack.PackProgress;
import org.daftar.mis.pack.ReviewPacks;
import org.daftar.web.faces.PagedRows;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The weekly time-limit review pack ({@code mis/tl-pack.xhtml}): the collector/ADM chooses the
 * meeting date and builds it, watching the progress bar, then downloads it; the archive lists every
 * pack built, for heads of department too.
 */
@Named
@ViewScoped
public class TlPackView implements Serializable {

    @Inject
    private ReviewPacks packs;

    @Inject
    private transient Clock clock;

    private LocalDate date;
    private PackProgress progress;
    private boolean mayBuild;
    private final PagedRows<ReviewPacks.Archived> archive = new PagedRows<>(
            () -> packs.count(), (first, max) -> packs.archived(first, max), ReviewPacks.Archived::id);

    @PostConstruct
    void init() {
        date = LocalDate.now(clock);
        mayBuild = packs.mayBuild();
        packs.count(); // refuses, at once, whoever may not see packs
    }

    /** Starts the build; the page then starts the progress bar, whose polls read {@link #getPercent()}. */
    public void build() {
        progress = packs.start(date);
    }

    /** The bar reached 100: the pack is archived (or the build failed). */
    public void done() {
        if (progress != null && progress.errorKey() != null) {
            Messages.error(null, progress.errorKey());
        } else if (progress != null) {
            Messages.info(null, "tlPack.built");
        }
    }

    public int getPercent() {
        return progress == null ? 0 : progress.percent();
    }

    /** What is being put together now, in the user's language. */
    public String getStep() {
        String step = progress == null ? null : progress.step();
        if (step == null) {
            return "";
        }
        String key = step.equals("pdf") || step.equals("xlsx") ? "pack.step." + step : "pack.part." + step;
        return Messages.isHindi() ? Labels.hi(key) : Labels.en(key);
    }

    /** Whether a build was started on this page: the bar shows, even if the build was done before the bar's first poll. */
    public boolean isStarted() { return progress != null; }
    public boolean isBuilding() { return progress != null && progress.isRunning(); }
    public Long getBuiltId() { return progress == null ? null : progress.packId(); }
    public boolean isMayBuild() { return mayBuild; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public PagedRows<ReviewPacks.Archived> getArchive() { return archive; }
}
