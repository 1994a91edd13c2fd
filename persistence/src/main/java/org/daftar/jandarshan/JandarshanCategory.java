package org.daftar.jandarshan;

/**
 * What a citizen's jandarshan application is about. The category decides its time limit (table
 * {@code jandarshan_limit}); the bundles name it as {@code jandarshan.category.<NAME>}.
 */
public enum JandarshanCategory {
    LAND, PENSION, RATION, HEALTH, EDUCATION, SCHEME, OTHER
}
