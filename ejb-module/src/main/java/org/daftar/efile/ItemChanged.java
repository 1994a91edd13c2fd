package org.daftar.efile;

/**
 * Fired when an item was created, moved or changed, observed after the transaction commits: the
 * search index re-reads it and the desks of the posts involved are told at once.
 */
public record ItemChanged(Long itemId, Long holderPostId, Long previousHolderPostId, MovementAction action) {
}
