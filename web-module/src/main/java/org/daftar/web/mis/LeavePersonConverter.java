package org.daftar.web.mis;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.daftar.mis.discipline.LeaveRegister;

/** A person chosen in the leave register's picker travels as their login ID (and only one the user may mark comes back). */
@FacesConverter(value = "daftar.LeavePerson")
public class LeavePersonConverter implements Converter<LeaveRegister.Person> {

    @Override
    public LeaveRegister.Person getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return CDI.current().select(LeaveRegister.class).get().markable(value, 20).stream()
                .filter(p -> p.login().equals(value)).findFirst().orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LeaveRegister.Person value) {
        return value == null ? "" : value.login();
    }
}
