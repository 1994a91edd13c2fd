package org.daftar.efile;

/** How an issued letter leaves the office. */
public enum DispatchMode {
    EMAIL, POST, BY_HAND
}
