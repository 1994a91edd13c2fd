package org.daftar.web.efile;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.inject.spi.CDI;
import org.daftar.efile.PostDirectory;

/** A post chosen in the "send to" autocomplete travels as its code. */
@FacesConverter(value = "daftar.PostOption")
public class PostOptionConverter implements Converter<PostDirectory.PostOption> {

    @Override
    public PostDirectory.PostOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return CDI.current().select(PostDirectory.class).get().byCode(value).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PostDirectory.PostOption value) {
        return value == null ? "" : value.code();
    }
}
