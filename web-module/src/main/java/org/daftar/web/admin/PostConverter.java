package org.daftar.web.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.inject.spi.CDI;
import org.daftar.org.OrgService;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.web.i18n.Messages;

/** A post in a form is its id; the converter looks it up (and says so in words when it is gone). */
@FacesConverter(forClass = Post.class)
public class PostConverter implements Converter<Post> {

    @Override
    public Post getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // looked up, not injected: Mojarra creates by-class converters outside CDI
            return CDI.current().select(OrgService.class).get().post(Long.valueOf(value));
        } catch (NumberFormatException | BusinessException e) {
            throw new ConverterException(new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, Messages.text("org.post.notFound"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Post value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
