package org.daftar.web.faces.export;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.daftar.document.RichText;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * Puts Daftar's exporters in place of PrimeFaces' own for every {@code p:dataExporter} of a data
 * table: CSV and Excel cells neutralised against formula injection ({@link RichText#csvSafe}),
 * PDF cells set in the fonts that shape Devanagari. PrimeFaces keeps its exporters in its
 * application context, which exists only once a request is being served, so they are put in
 * place at the first request rather than at start-up.
 */
public class SafeExporters implements PhaseListener {

    private static volatile boolean registered;

    @Override
    public void beforePhase(PhaseEvent event) {
        if (!registered) {
            DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
            DataExporters.register(DataTable.class, SafeExcelExporter.class, "xlsx");
            DataExporters.register(DataTable.class, ShapedPdfExporter.class, "pdf");
            registered = true;
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    /** A text cell as a spreadsheet must read it: never as a formula. Numbers stay numbers. */
    static ColumnValue neutralised(ColumnValue value) {
        return value.getValue() instanceof String text ? ColumnValue.of(RichText.csvSafe(text)) : value;
    }
}
