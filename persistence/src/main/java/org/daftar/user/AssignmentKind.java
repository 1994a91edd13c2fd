package org.daftar.user;

/** A person holds one primary post and may hold others as additional charge (अतिरिक्त प्रभार). */
public enum AssignmentKind { PRIMARY, ADDITIONAL }
