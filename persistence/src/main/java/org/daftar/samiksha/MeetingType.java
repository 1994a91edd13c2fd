package org.daftar.samiksha;

/** Kinds of review meeting: the weekly time-limit (समय-सीमा) meeting, jansunwai, a department review, a field visit. */
public enum MeetingType {
    TIME_LIMIT, JANSUNWAI, REVIEW, FIELD_VISIT
}
