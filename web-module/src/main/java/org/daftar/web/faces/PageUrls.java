package org.daftar.web.faces;

import jakarta.faces.context.FacesContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The address of a page with its query parameters, for plain links in long tables: an h:link per
 * row resolves its navigation case on every render, which took a third of the rendering of the
 * dashboard and of the inbox.
 */
public final class PageUrls {

    private PageUrls() {
    }

    /** {@code page} from the application's root (e.g. "/desk/track.xhtml"); parameters in the map's order. */
    public static String of(String page, Map<String, ?> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + page + "?", ""));
    }
}
