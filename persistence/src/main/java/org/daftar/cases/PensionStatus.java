package org.daftar.cases;

/** OPEN: nothing done yet; STARTED: at least one step of the checklist done; COMPLETED: all of them. */
public enum PensionStatus { OPEN, STARTED, COMPLETED }
