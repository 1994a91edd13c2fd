package org.daftar.platform;

import java.util.Locale;

/**
 * Deployment settings: a system property {@code daftar.x.y} wins, else the environment variable
 * {@code DAFTAR_X_Y}, else the default. Works the same on Payara Micro, Payara Server and GlassFish.
 */
public final class Settings {

    private Settings() {
    }

    public static String get(String name, String defaultValue) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return v == null || v.isBlank() ? defaultValue : v.strip();
    }

    public static int getInt(String name, int defaultValue) {
        try {
            return Integer.parseInt(get(name, Integer.toString(defaultValue)));
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    public static boolean getBoolean(String name) {
        return Boolean.parseBoolean(get(name, "false"));
    }

    /** Failed logins in a row that lock an account (DAFTAR_LOCKOUT_ATTEMPTS, default 5). */
    public static int lockoutAttempts() { return getInt("daftar.lockout.attempts", 5); }

    /** How long an account stays locked (DAFTAR_LOCKOUT_MINUTES, default 15). */
    public static int lockoutMinutes() { return getInt("daftar.lockout.minutes", 15); }

    /** Idle minutes before a browser session ends (DAFTAR_SESSION_MINUTES, default 30). */
    public static int sessionMinutes() { return getInt("daftar.session.minutes", 30); }

    /** True on a demonstration server (DAFTAR_DEMO=true): demo district loaded, demo passwords kept. */
    public static boolean demo() { return getBoolean("daftar.demo"); }

    /**
     * True when this server is one of several on one PostgreSQL database (DAFTAR_CLUSTER=true): the
     * events that refresh browsers are then written to the database for the other servers to replay
     * (see {@code org.daftar.cluster.ClusterRelay}). Off by default: one server needs none of it.
     */
    public static boolean cluster() { return getBoolean("daftar.cluster"); }

    /**
     * True only for the benchmark (DAFTAR_MANUAL_SWEEP=true): the minute timer leaves escalations to
     * {@code POST /bench/sweep}, so that one measured sweep finds everything due.
     */
    public static boolean manualSweep() { return getBoolean("daftar.manual.sweep"); }

    /** The data directory: embedded database, uploaded documents, search index ({@code DAFTAR_DATA}). */
    public static java.nio.file.Path dataDir() { return java.nio.file.Path.of(get("daftar.data", "./daftar-data")); }

    /**
     * Working days a desk may hold an item of this priority before the desk lists and the track mark
     * it as delayed: {@code DAFTAR_DESK_LIMIT_ORDINARY}, {@code …_IMMEDIATE}, {@code …_MOST_IMMEDIATE}
     * (defaults 7, 3 and 1). Only the starting value: once the administrator sets the SLA rule, the
     * rule is what counts (see {@code org.daftar.sla.SlaRules}).
     */
    public static int deskLimitDays(org.daftar.efile.Priority p) {
        return getInt("daftar.desk.limit." + p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'), p.deskLimitDays());
    }
}
