package org.daftar.web.security;

import jakarta.servlet.http.HttpServletRequest;

final class ClientAddress {
    private ClientAddress() {
    }

    /** The caller's address as the server sees it (the intranet's reverse proxy, if any, is trusted by the server's own settings). */
    static String of(HttpServletRequest request) {
        String a = request.getRemoteAddr();
        return a == null || a.length() <= 64 ? a : a.substring(0, 64);
    }
}
