package org.daftar.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class DaftarExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DaftarExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new DaftarExceptionHandler(getWrapped().getExceptionHandler());
    }
}
