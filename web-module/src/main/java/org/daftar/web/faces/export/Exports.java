package org.daftar.web.faces.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;

/** Options the export buttons pass to PrimeFaces: registers are wide, so PDFs are landscape. */
@Named
@ApplicationScoped
public class Exports {

    public PDFOptions getPdf() {
        PDFOptions options = new PDFOptions();
        options.setOrientation(PDFOrientationType.LANDSCAPE);
        options.setFacetFontStyle("BOLD");
        return options;
    }
}
