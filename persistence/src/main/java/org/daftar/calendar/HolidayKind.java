package org.daftar.calendar;

/** Gazetted holidays are declared by the state; local holidays by the collector for the district. */
public enum HolidayKind { GAZETTED, LOCAL }
