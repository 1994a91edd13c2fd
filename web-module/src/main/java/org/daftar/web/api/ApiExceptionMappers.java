package org.daftar.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.daftar.platform.BusinessException;
import org.daftar.user.Language;
import org.daftar.web.i18n.Messages;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The API answers 400/403/404 with a bilingual JSON message, never a stack trace. */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    static Response error(Response.Status status, String key, Object... args) {
        return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .entity(new ErrorJson(key, Messages.text(Language.EN.locale(), key, args),
                        Messages.text(Language.HI.locale(), key, args)))
                .build();
    }

    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            return error(e.key().endsWith("notFound") ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST,
                    e.key(), e.args());
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return error(Response.Status.FORBIDDEN, "error.notAllowed");
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            if (e instanceof WebApplicationException w) {
                return w.getResponse();
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return error(Response.Status.INTERNAL_SERVER_ERROR, "error.unexpected");
        }
    }
}
