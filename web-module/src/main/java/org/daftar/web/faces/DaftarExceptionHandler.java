package org.daftar.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.daftar.platform.BusinessException;
import org.daftar.web.i18n.Messages;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what went wrong in an action into words for the user, in their language, on the same page,
 * with everything they typed still in the form: a broken office rule (BusinessException), an
 * action they may not take, someone else saving the same record first. Anything unexpected is
 * logged and the user sees the error page, never a stack trace.
 */
public class DaftarExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(DaftarExceptionHandler.class.getName());

    DaftarExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
            Throwable t = it.next().getContext().getException();
            if (explain(faces, t)) {
                it.remove();
                faces.validationFailed();
                faces.renderResponse();
            } else if (find(t, ViewExpiredException.class) != null) {
                it.remove();
                // the page again, with its view parameters (the form posted to them: ViewParamsViewHandler)
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                redirect(faces, faces.getExternalContext().getRequestServletPath()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            } else {
                it.remove();
                LOG.log(Level.SEVERE, "Unexpected error in " + faces.getExternalContext().getRequestServletPath(), t);
                redirect(faces, "/error.xhtml");
            }
        }
        getWrapped().handle();
    }

    private static boolean explain(FacesContext faces, Throwable t) {
        BusinessException business = find(t, BusinessException.class);
        if (business != null) {
            Messages.error(null, business.key(), business.args());
            return true;
        }
        if (find(t, EJBAccessException.class) != null) {
            Messages.error(null, "error.notAllowed");
            return true;
        }
        if (find(t, OptimisticLockException.class) != null) {
            Messages.error(null, "error.changedMeanwhile");
            return true;
        }
        ConstraintViolationException invalid = find(t, ConstraintViolationException.class);
        if (invalid != null) {
            invalid.getConstraintViolations().forEach(v -> faces.addMessage(null,
                    new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                            v.getMessage(), null)));
            return true;
        }
        return false;
    }

    /**
     * Sends the browser to {@code path}. An Ajax answer may already be half written (an error while
     * rendering it), and Faces' own redirect would write into it and fail with a 500: that answer is
     * started again with only the redirect in it.
     */
    private static void redirect(FacesContext faces, String path) {
        ExternalContext external = faces.getExternalContext();
        String url = external.getRequestContextPath() + path;
        try {
            if (external.isResponseCommitted()) {
                return;
            }
            if (faces.getPartialViewContext().isAjaxRequest() && faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
                external.responseReset();
                external.setResponseContentType("text/xml");
                external.setResponseCharacterEncoding("UTF-8");
                PartialResponseWriter writer = new PartialResponseWriter(
                        faces.getRenderKit().createResponseWriter(external.getResponseOutputWriter(), "text/xml", "UTF-8"));
                writer.startDocument();
                writer.redirect(url);
                writer.endDocument();
                writer.flush();
            } else {
                external.redirect(url);
            }
            faces.responseComplete();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not redirect to " + path, e);
        }
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
