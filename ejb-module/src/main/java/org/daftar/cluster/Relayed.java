package org.daftar.cluster;

/**
 * An event committed on another instance of the pair ({@code ItemChanged}, {@code AssignmentChanged}
 * or {@code NoticeCreated}), fired here only for those who tell browsers. The domain event itself is
 * never fired again: its in-transaction observers (pendency ledger, time-limit letters) already
 * wrote what they had to on the instance that committed it.
 */
public record Relayed(Object event) {
}
