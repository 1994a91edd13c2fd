package org.daftar.web.faces.export;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.export.ColumnValue;

/** Excel (.xlsx) export whose text cells cannot start a formula. */
public class SafeExcelExporter extends DataTableExcelXExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, SafeExporters.neutralised(value), index);
    }

    @Override
    public String getComponentValue(FacesContext context, UIComponent component) {
        return CellText.readByPrimeFaces(component) ? super.getComponentValue(context, component) : CellText.rendered(context, component);
    }
}
