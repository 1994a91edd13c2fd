package org.daftar.web.efile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.Details;
import org.daftar.efile.FileService;
import org.daftar.efile.ReceiptService;
import org.daftar.web.i18n.Messages;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;

/** A receipt (डाक): its details, scans, movement, and putting it into a file. */
@Named
@ViewScoped
public class ReceiptPage extends ItemPage {

    @Inject
    private ReceiptService receipts;

    @Inject
    private FileService files;

    private Details.ReceiptDetail receipt;
    private String fileNumber;
    private transient Part upload;

    @Override
    protected void read() {
        receipt = receipts.view(id);
    }

    @Override
    public Details.ItemState state() { return receipt == null ? null : receipt.item(); }

    public void addScan() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Messages.error(null, "upload.empty");
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            receipts.addDocument(id, upload.getSubmittedFileName(), in);
        }
        Messages.info(null, "upload.done");
        read();
    }

    /** Puts the receipt into an existing file on the same desk, by the file's number. */
    public String putInFile() {
        Long fileId = files.fileIdByNumber(fileNumber);
        files.putReceipt(fileId, id);
        return "/file/view?faces-redirect=true&id=" + fileId;
    }

    public Details.ReceiptDetail getReceipt() { return receipt; }
    public String getFileNumber() { return fileNumber; }
    public void setFileNumber(String fileNumber) { this.fileNumber = fileNumber; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
