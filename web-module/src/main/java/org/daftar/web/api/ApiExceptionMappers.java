package org.daftar.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.daftar.platform.BusinessException;
import org.daftar.user.Language;
import org.daftar.web.i18n.Messages;

import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API refuses with a JSON body {code, message, messageHi}, never a stack trace or an HTML page:
 * {@code message} is in the caller's language (Accept-Language: hi or en, English by default),
 * {@code messageHi} is always the Hindi text. A broken rule answers by its kind: bad input 400,
 * missing 404, not allowed 403, overtaken by someone else 409.
 */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    /** The caller's language from Accept-Language: the first of Hindi or English they accept; English otherwise. */
    static Locale language(HttpHeaders headers) {
        List<Locale> accepted;
        try {
            accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException e) {
            accepted = List.of();
        }
        for (Locale l : accepted) {
            if ("hi".equalsIgnoreCase(l.getLanguage())) {
                return Language.HI.locale();
            }
            if ("en".equalsIgnoreCase(l.getLanguage())) {
                return Language.EN.locale();
            }
        }
        return Language.EN.locale();
    }

    static Response error(Response.StatusType status, Locale language, String key, Object... args) {
        return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .entity(new ErrorJson(key, Messages.text(language, key, args), Messages.text(Language.HI.locale(), key, args)))
                .build();
    }

    static Response.Status statusOf(BusinessException.Kind kind) {
        return switch (kind) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
        };
    }

    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BusinessException e) {
            return error(statusOf(e.kind()), language(headers), e.key(), e.args());
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EJBAccessException e) {
            return error(Response.Status.FORBIDDEN, language(headers), "error.notAllowed");
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception e) {
            Locale language = language(headers);
            if (e instanceof WebApplicationException w) {
                Response r = w.getResponse();
                if (r.hasEntity() || w.getCause() != null && unreadable(w.getCause())) {
                    return r.hasEntity() ? r : error(Response.Status.BAD_REQUEST, language, "api.badRequest");
                }
                // keep what the refusal says in its headers (Allow for a 405), and explain it in JSON
                return Response.fromResponse(error(r.getStatusInfo(), language, keyFor(r.getStatus())))
                        .replaceAll(r.getHeaders()).type(MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
            }
            BusinessException business = cause(e, BusinessException.class);
            if (business != null) {
                return error(statusOf(business.kind()), language, business.key(), business.args());
            }
            if (cause(e, EJBAccessException.class) != null) {
                return error(Response.Status.FORBIDDEN, language, "error.notAllowed");
            }
            if (unreadable(e)) {
                return error(Response.Status.BAD_REQUEST, language, "api.badRequest");
            }
            if (optimisticLock(e)) {
                return error(Response.Status.CONFLICT, language, "error.changedMeanwhile");
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return error(Response.Status.INTERNAL_SERVER_ERROR, language, "error.unexpected");
        }

        /** A request body that is not JSON, or has a wrong value for a field (an unknown choice, a bad date). */
        private static boolean unreadable(Throwable e) {
            return e instanceof ProcessingException || cause(e, JsonbException.class) != null
                    || cause(e, JsonException.class) != null || cause(e, DateTimeException.class) != null;
        }

        private static boolean optimisticLock(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                    return true;
                }
            }
            return false;
        }

        private static String keyFor(int status) {
            return switch (status) {
                case 404 -> "api.notFound";
                case 405 -> "api.methodNotAllowed";
                case 406 -> "api.notAcceptable";
                case 415 -> "api.unsupportedMediaType";
                case 401 -> "api.unauthorized";
                case 403 -> "error.notAllowed";
                default -> status >= 500 ? "error.unexpected" : "api.badRequest";
            };
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
