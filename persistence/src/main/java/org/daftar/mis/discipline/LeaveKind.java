package org.daftar.mis.discipline;

/** Why an officer is away: the days are taken out of the daily discipline rule whatever the kind. */
public enum LeaveKind { CASUAL, EARNED, MEDICAL, TOUR, TRAINING, OTHER }
