package org.daftar.mis.pack;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.daftar.platform.BusinessException;

import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds a pack in the background so that the page can show its progress. Only
 * {@link ReviewPacks#start} calls it, after checking who asks.
 */
@Stateless
public class PackJobs {

    private static final Logger LOG = Logger.getLogger(PackJobs.class.getName());

    @Inject
    private PackPress press;

    @Asynchronous
    public void build(LocalDate meetingDate, String builtBy, PackProgress progress) {
        try {
            progress.finished(press.build(meetingDate, builtBy, progress));
        } catch (BusinessException e) {
            progress.failed(e.key());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "review pack for " + meetingDate + " not built", e);
            progress.failed("tlPack.failed");
        }
    }
}
