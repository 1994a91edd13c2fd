package org.daftar.efile;

/** How a letter reached the office. */
public enum ReceiptMode {
    POST, BY_HAND, EMAIL, FAX, EOFFICE
}
