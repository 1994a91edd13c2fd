package org.daftar.jandarshan;

/** An application is open until the marked post disposes of it with a reply (निराकरण). */
public enum JandarshanStatus {
    OPEN, DISPOSED
}
