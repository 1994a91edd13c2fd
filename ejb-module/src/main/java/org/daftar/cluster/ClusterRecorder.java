package org.daftar.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.daftar.efile.ItemChanged;
import org.daftar.notice.NoticeCreated;
import org.daftar.platform.Settings;
import org.daftar.samiksha.AssignmentChanged;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the events that refresh browsers to the {@link ClusterRelay} once they are committed, when
 * this server is one of a pair. A failure here loses a live update, never the change itself.
 */
@ApplicationScoped
public class ClusterRecorder {

    private static final Logger LOG = Logger.getLogger(ClusterRecorder.class.getName());
    private static final boolean ON = Settings.cluster();

    @Inject
    private ClusterRelay relay;

    public void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemChanged e) {
        record(e);
    }

    public void instructed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssignmentChanged e) {
        record(e);
    }

    public void noticed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeCreated e) {
        record(e);
    }

    private void record(Object event) {
        if (!ON) {
            return;
        }
        try {
            relay.record(event);
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "live update not passed to the other instances: " + event, ex);
        }
    }
}
