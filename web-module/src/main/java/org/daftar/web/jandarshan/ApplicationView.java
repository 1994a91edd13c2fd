package org.daftar.web.jandarshan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.daftar.jandarshan.JandarshanService;
import org.daftar.jandarshan.JandarshanView;
import org.daftar.jandarshan.JandarshanStatus;
import org.daftar.platform.BusinessException;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * One jandarshan application by its acknowledgement number, which is also the status lookup: the
 * number typed (or in the URL) finds it; an unknown number is said so. Those who may read the
 * citizen's particulars see them with the documents and the slip and may attach more documents;
 * the holder of the post it is marked to disposes of it with the reply given. Everybody else sees
 * its status, department and deadline.
 */
@Named
@ViewScoped
public class ApplicationView implements Serializable {

    @Inject
    private JandarshanService jandarshan;

    @Inject
    private CurrentUser currentUser;

    private String ack;
    private JandarshanView application;
    private String reply;
    private transient Part upload;

    /** The page of the application with this number. */
    static String outcome(String ackNumber) {
        return "/jandarshan/application?faces-redirect=true&ack=" + ackNumber.replace('/', '-');
    }

    /** Reads the application named in the URL, if any; an unknown number is a message on the page. */
    public void load() {
        if (ack != null && !ack.isBlank()) {
            try {
                application = jandarshan.byAck(ack);
            } catch (BusinessException e) {
                Messages.error(null, e.key(), e.args());
            }
        }
    }

    /** Looks the typed number up: its page when it is known, else the message and the number as typed. */
    public String lookUp() {
        application = null;
        if (ack == null || ack.isBlank()) {
            Messages.error(null, "jandarshan.ack.required");
            return null;
        }
        load();
        return application == null ? null : outcome(application.ackNumber());
    }

    public void dispose() {
        application = jandarshan.dispose(application.ackNumber(), reply);
        reply = null;
        Messages.info(null, "jandarshan.disposed", application.ackNumber());
    }

    public void attach() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Messages.error(null, "upload.empty");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            application = jandarshan.attach(application.ackNumber(), upload.getSubmittedFileName(), in);
        }
        Messages.info(null, "upload.done");
    }

    /** Whether the viewer holds the post the application is marked to (the service decides; this only offers the form). */
    public boolean isMarkedToMe() {
        return application != null && application.status() == JandarshanStatus.OPEN
                && currentUser.getPosts().stream().anyMatch(p -> p.code().equals(application.markedTo()));
    }

    /** The address of the application's slip or of one of its documents, below the context root. */
    public String file(Object file) {
        return JandarshanFilesServlet.path(application.ackNumber(), file);
    }

    public String getSlip() { return JandarshanFilesServlet.SLIP; }
    public JandarshanView getApplication() { return application; }
    public String getAck() { return ack; }
    public void setAck(String ack) { this.ack = ack; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
