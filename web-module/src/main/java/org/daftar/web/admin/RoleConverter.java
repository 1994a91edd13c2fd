package org.daftar.web.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.daftar.user.Role;

/** Roles in a list of check boxes (Faces cannot see the element type of a List). */
@FacesConverter("daftar.Role")
public class RoleConverter implements Converter<Role> {

    @Override
    public Role getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Role.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Role value) {
        return value == null ? "" : value.name();
    }
}
