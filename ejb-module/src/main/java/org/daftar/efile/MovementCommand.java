package org.daftar.efile;

import java.time.LocalDate;

/**
 * A request to move an item. {@code toPost} is a post code (for SEND); {@code expectedSeq}, when
 * given, is the movement number the requester last saw: if the item has moved since, the request
 * is refused as a conflict instead of acting on a state the person never saw.
 */
public record MovementCommand(MovementAction action, String toPost, String remark, LocalDate replyBy, Integer expectedSeq) {
}
