package org.daftar.web.faces;

import jakarta.faces.context.FacesContext;
import org.daftar.platform.BusinessException;
import org.daftar.web.i18n.Messages;

import java.io.IOException;

/** A page whose subject cannot be shown answers with the refusal's HTTP status and its words (the error page). */
public final class Refusals {

    private Refusals() {
    }

    public static void sendError(BusinessException e) throws IOException {
        int status = e.kind() == BusinessException.Kind.FORBIDDEN ? 403 : e.kind() == BusinessException.Kind.NOT_FOUND ? 404 : 400;
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(status, Messages.text(e.key(), e.args()));
        FacesContext.getCurrentInstance().responseComplete();
    }
}
