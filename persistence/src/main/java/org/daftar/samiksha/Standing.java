package org.daftar.samiksha;

/** The colour of an assignment on the e-Samiksha console, derived from today and its deadline. */
public enum Standing {
    ON_TIME, DUE_SOON, OVERDUE, COMPLIED
}
