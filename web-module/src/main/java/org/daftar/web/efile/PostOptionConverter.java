package org.daftar.web.efile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.daftar.efile.PostDirectory;

/** A post chosen in the "send to" autocomplete travels as its code. A CDI bean (managed): the directory is injected once, not looked up at every conversion. */
@ApplicationScoped
@FacesConverter(value = "daftar.PostOption", managed = true)
public class PostOptionConverter implements Converter<PostDirectory.PostOption> {

    @Inject
    private PostDirectory postDirectory;

    @Override
    public PostDirectory.PostOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return postDirectory.byCode(value).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PostDirectory.PostOption value) {
        return value == null ? "" : value.code();
    }
}
