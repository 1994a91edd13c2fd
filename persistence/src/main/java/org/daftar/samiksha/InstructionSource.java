package org.daftar.samiksha;

/** Where an instruction (निर्देश) comes from. */
public enum InstructionSource {
    MEETING, JANSUNWAI, COLLECTOR_ORDER, GOVERNMENT_LETTER
}
