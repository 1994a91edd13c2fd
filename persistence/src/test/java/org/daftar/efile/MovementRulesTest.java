package org.daftar.efile;

import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.platform.BusinessException.Kind;
import org.daftar.user.User;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.post;
import static org.daftar.efile.EfileFixtures.refused;
import static org.daftar.efile.EfileFixtures.user;

/** The movement rules (संचलन) of a receipt or file, desk to desk, on a fixed clock in India. */
class MovementRulesTest {

    private final Clock clock = EfileFixtures.clockAt("2026-11-23T10:00");

    // Collector ← HOD ← Officer ← Clerk; a second clerk under the same officer is unrelated to the first.
    private final Post collector = post("GAD-COLLECTOR", null);
    private final Post hod = post("LR-HOD", collector);
    private final Post officer = post("LR-SO", hod);
    private final Post clerk = post("LR-BHU-AG2", officer);
    private final Post otherClerk = post("LR-MUT-AG2", officer);

    private final User sunita = user("sunita.sahu", "Sunita Sahu", "सुनीता साहू");
    private final User anil = user("anil.verma", "Anil Verma", "अनिल वर्मा");
    private final User meena = user("meena.dhruw", "Meena Dhruw", "मीना ध्रुव");

    private final Receipt receipt = EfileFixtures.receipt(1234, clerk, sunita, at(0));

    /** {@code minutes} after the clock's instant (Monday 23-11-2026 10:00 IST). */
    private Instant at(int minutes) {
        return clock.instant().plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aNewItemIsOnItsCreatorsDeskReadAndCreatedIsTheFirstMovement() {
        assertThat(receipt.getHolder()).isEqualTo(clerk);
        assertThat(receipt.isOpened()).isTrue();
        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.ACTIVE);

        Movement created = receipt.created(sunita);

        assertThat(created.getSeq()).isEqualTo(1);
        assertThat(created.getAction()).isEqualTo(MovementAction.CREATE);
        assertThat(created.getFromPost()).isEqualTo(clerk);
        assertThat(created.getToPost()).isEqualTo(clerk);
        assertThat(created.getMovedAt()).isEqualTo(at(0));
        assertThat(created.changesHolder()).isFalse();
    }

    @Test
    void sendingChangesTheHolderAndLeavesTheItemUnreadOnTheNewDesk() {
        receipt.created(sunita);
        LocalDate replyBy = LocalDate.of(2026, 11, 30);

        Movement m = receipt.send(officer, sunita, at(30), "  For orders, please.  ", replyBy);

        assertThat(receipt.getHolder()).isEqualTo(officer);
        assertThat(receipt.getHeldSince()).isEqualTo(at(30));
        assertThat(receipt.isOpened()).as("unread in the officer's inbox").isFalse();
        assertThat(receipt.getReplyBy()).isEqualTo(replyBy);
        assertThat(m.getSeq()).isEqualTo(2);
        assertThat(m.getAction()).isEqualTo(MovementAction.SEND);
        assertThat(m.getFromPost()).isEqualTo(clerk);
        assertThat(m.getToPost()).isEqualTo(officer);
        assertThat(m.getActor()).isSameAs(sunita);
        assertThat(m.getRemark()).isEqualTo("For orders, please.");
        assertThat(m.getReplyBy()).isEqualTo(replyBy);
        assertThat(m.changesHolder()).isTrue();

        assertThat(receipt.open()).as("the first look marks it read").isTrue();
        assertThat(receipt.isOpened()).isTrue();
        assertThat(receipt.open()).as("a second look changes nothing").isFalse();
    }

    @Test
    void aLaterSendWithoutAReplyByDateKeepsTheEarlierOne() {
        receipt.created(sunita);
        LocalDate replyBy = LocalDate.of(2026, 11, 30);
        receipt.send(officer, sunita, at(1), null, replyBy);

        Movement onwards = receipt.send(hod, anil, at(2), null, null);

        assertThat(receipt.getReplyBy()).isEqualTo(replyBy);
        assertThat(onwards.getReplyBy()).isNull();
    }

    @Test
    void movementsAreNumberedOneTwoThreeWithoutGapsEvenWhenAMoveIsRefused() {
        List<Movement> chain = new ArrayList<>();
        chain.add(receipt.created(sunita));
        chain.add(receipt.send(officer, sunita, at(1), null, null));
        refused(() -> receipt.send(officer, anil, at(2), null, null));            // to itself
        chain.add(receipt.returnTo(clerk, anil, at(3), "Verify the khasra"));
        refused(() -> receipt.close(sunita, at(4), " "));                         // no reason
        chain.add(receipt.park(sunita, at(5), "Awaiting Patwari report"));
        chain.add(receipt.reopen(clerk, sunita, at(6), null));
        chain.add(receipt.send(hod, sunita, at(7), null, null));
        chain.add(receipt.pullBack(clerk, chain.get(chain.size() - 1), sunita, at(8), "Sent by mistake"));
        chain.add(receipt.close(sunita, at(9), "Mutation done"));

        assertThat(chain).extracting(Movement::getSeq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(chain).extracting(Movement::getAction).containsExactly(MovementAction.CREATE, MovementAction.SEND,
                MovementAction.RETURN, MovementAction.PARK, MovementAction.REOPEN, MovementAction.SEND,
                MovementAction.PULL_BACK, MovementAction.CLOSE);
        assertThat(receipt.getLastSeq()).isEqualTo(8);
    }

    @Test
    void sendingToTheHolderItselfIsRefused() {
        receipt.created(sunita);

        BusinessException e = refused(() -> receipt.send(clerk, sunita, at(1), null, null));

        assertThat(e.key()).isEqualTo("movement.toPost.same");
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(receipt.getHolder()).isEqualTo(clerk);
        assertThat(receipt.getLastSeq()).isEqualTo(1);
    }

    @Test
    void sendingToAnInactivePostIsRefusedAndNamesThePost() {
        receipt.created(sunita);
        officer.setActive(false);

        BusinessException e = refused(() -> receipt.send(officer, sunita, at(1), null, null));

        assertThat(e.key()).isEqualTo("movement.toPost.inactive");
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.args()).containsExactly("LR-SO");
        assertThat(receipt.getHolder()).isEqualTo(clerk);
        assertThat(receipt.isOpened()).isTrue();
    }

    @Test
    void sendingNowhereIsRefused() {
        assertThat(refused(() -> receipt.send(null, sunita, at(1), null, null)).key()).isEqualTo("movement.toPost.required");
    }

    @Test
    void returnGoesBackToTheGivenSender() {
        receipt.created(sunita);
        receipt.send(officer, sunita, at(1), null, null);
        receipt.open();

        Movement back = receipt.returnTo(clerk, anil, at(60), "Put up with the Patwari report");

        assertThat(receipt.getHolder()).isEqualTo(clerk);
        assertThat(receipt.getHeldSince()).isEqualTo(at(60));
        assertThat(receipt.isOpened()).isFalse();
        assertThat(back.getAction()).isEqualTo(MovementAction.RETURN);
        assertThat(back.getFromPost()).isEqualTo(officer);
        assertThat(back.getToPost()).isEqualTo(clerk);
        assertThat(back.getActor()).isSameAs(anil);
    }

    @Test
    void returnWithoutAKnownSenderIsRefused() {
        receipt.created(sunita);
        assertThat(refused(() -> receipt.returnTo(null, sunita, at(1), null)).key()).isEqualTo("movement.return.noSender");
        assertThat(refused(() -> receipt.returnTo(clerk, sunita, at(1), null)).key())
                .as("a new receipt's only 'sender' is its own holder").isEqualTo("movement.toPost.same");
    }

    @Test
    void theSenderPullsBackAnUnopenedItem() {
        receipt.created(sunita);
        Movement sent = receipt.send(officer, sunita, at(1), null, null);

        Movement pulled = receipt.pullBack(clerk, sent, sunita, at(5), "Enclosure missing");

        assertThat(receipt.getHolder()).isEqualTo(clerk);
        assertThat(receipt.getHeldSince()).isEqualTo(at(5));
        assertThat(receipt.isOpened()).isTrue();
        assertThat(pulled.getAction()).isEqualTo(MovementAction.PULL_BACK);
        assertThat(pulled.getFromPost()).isEqualTo(officer);
        assertThat(pulled.getToPost()).isEqualTo(clerk);
        assertThat(pulled.getSeq()).isEqualTo(3);
    }

    @Test
    void aReturnCanBePulledBackByTheReturningPostToo() {
        receipt.created(sunita);
        receipt.send(officer, sunita, at(1), null, null);
        Movement back = receipt.returnTo(clerk, anil, at(2), null);

        receipt.pullBack(officer, back, anil, at(3), null);

        assertThat(receipt.getHolder()).isEqualTo(officer);
    }

    @Test
    void onceOpenedTheItemCannotBePulledBack() {
        receipt.created(sunita);
        Movement sent = receipt.send(officer, sunita, at(1), null, null);
        receipt.open();

        BusinessException e = refused(() -> receipt.pullBack(clerk, sent, sunita, at(5), null));

        assertThat(e.key()).isEqualTo("movement.pullBack.opened");
        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(receipt.getHolder()).isEqualTo(officer);
        assertThat(receipt.getLastSeq()).isEqualTo(2);
    }

    @Test
    void onlyThePostThatSentItMayPullItBack() {
        receipt.created(sunita);
        Movement sent = receipt.send(officer, sunita, at(1), null, null);

        for (Post stranger : List.of(otherClerk, hod, officer)) {
            BusinessException e = refused(() -> receipt.pullBack(stranger, sent, meena, at(5), null));
            assertThat(e.key()).as(stranger.getCode()).isEqualTo("movement.pullBack.notSent");
            assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        }
        assertThat(receipt.getHolder()).isEqualTo(officer);
    }

    @Test
    void onlyTheLatestSendCanBePulledBack() {
        receipt.created(sunita);
        Movement first = receipt.send(officer, sunita, at(1), null, null);
        receipt.open();
        Movement onwards = receipt.send(hod, anil, at(2), null, null);

        assertThat(refused(() -> receipt.pullBack(clerk, first, sunita, at(3), null)).key())
                .as("an earlier send, although its post asks").isEqualTo("movement.pullBack.notSent");
        assertThat(refused(() -> receipt.pullBack(clerk, onwards, sunita, at(3), null)).key())
                .as("the latest send, but by someone else").isEqualTo("movement.pullBack.notSent");
        assertThat(refused(() -> receipt.pullBack(clerk, null, sunita, at(3), null)).key())
                .isEqualTo("movement.pullBack.notSent");

        receipt.pullBack(officer, onwards, anil, at(4), null);
        assertThat(receipt.getHolder()).isEqualTo(officer);
    }

    @Test
    void aParkedItemCannotBePulledBackBecauseParkingIsTheLatestMovement() {
        receipt.created(sunita);
        Movement sent = receipt.send(officer, sunita, at(1), null, null);
        receipt.park(anil, at(2), "Awaiting Tehsildar report");

        assertThat(refused(() -> receipt.pullBack(clerk, sent, sunita, at(3), null)).key())
                .isEqualTo("movement.pullBack.notSent");
    }

    @Test
    void parkingNeedsAReasonAndKeepsTheItemPendingOnTheSameDesk() {
        receipt.created(sunita);

        for (String noReason : new String[]{null, "", "   ", "\u0000\t"}) {
            BusinessException e = refused(() -> receipt.park(sunita, at(1), noReason));
            assertThat(e.key()).isEqualTo("movement.reason.required");
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
        }
        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.ACTIVE);

        Movement parked = receipt.park(sunita, at(2), "Awaiting Patwari report");

        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.PARKED);
        assertThat(receipt.getStatus().isPending()).isTrue();
        assertThat(receipt.getHolder()).isEqualTo(clerk);
        assertThat(receipt.getStatusReason()).isEqualTo("Awaiting Patwari report");
        assertThat(parked.getAction()).isEqualTo(MovementAction.PARK);
        assertThat(parked.getFromPost()).isEqualTo(clerk);
        assertThat(parked.getToPost()).isEqualTo(clerk);
        assertThat(parked.getRemark()).isEqualTo("Awaiting Patwari report");

        BusinessException again = refused(() -> receipt.park(sunita, at(3), "again"));
        assertThat(again.key()).isEqualTo("movement.park.already");
        assertThat(again.kind()).isEqualTo(Kind.CONFLICT);
    }

    @Test
    void aParkedItemIsTakenOffTheShelfOrSimplySentOn() {
        receipt.created(sunita);
        receipt.park(sunita, at(1), "Awaiting Patwari report");

        Movement reopened = receipt.reopen(clerk, sunita, at(2), "Report received");

        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(receipt.getStatusReason()).isNull();
        assertThat(receipt.getHolder()).isEqualTo(clerk);
        assertThat(reopened.getAction()).isEqualTo(MovementAction.REOPEN);

        receipt.park(sunita, at(3), "Awaiting Patwari report");
        receipt.send(officer, sunita, at(4), null, null);
        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(receipt.getStatusReason()).isNull();
    }

    @Test
    void closingNeedsAReasonAndLeavesTheItemWithTheClosingPost() {
        receipt.created(sunita);
        receipt.send(officer, sunita, at(1), null, null);

        BusinessException e = refused(() -> receipt.close(anil, at(2), " \n "));
        assertThat(e.key()).isEqualTo("movement.reason.required");
        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.ACTIVE);

        Movement closed = receipt.close(anil, at(3), "Mutation sanctioned, order no. 45");

        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.CLOSED);
        assertThat(receipt.getStatus().isPending()).isFalse();
        assertThat(receipt.getHolder()).isEqualTo(officer);
        assertThat(receipt.getStatusReason()).isEqualTo("Mutation sanctioned, order no. 45");
        assertThat(closed.getAction()).isEqualTo(MovementAction.CLOSE);
        assertThat(closed.getRemark()).isEqualTo("Mutation sanctioned, order no. 45");
    }

    @Test
    void aClosedItemDoesNotMove() {
        receipt.created(sunita);
        receipt.close(sunita, at(1), "No action required");

        List<Runnable> moves = List.of(
                () -> receipt.send(officer, sunita, at(2), null, null),
                () -> receipt.returnTo(officer, sunita, at(2), null),
                () -> receipt.park(sunita, at(2), "later"),
                () -> receipt.close(sunita, at(2), "again"));
        for (Runnable move : moves) {
            BusinessException e = refused(move);
            assertThat(e.key()).isEqualTo("movement.closed");
            assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        }
        assertThat(receipt.getHolder()).isEqualTo(clerk);
        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.CLOSED);
        assertThat(receipt.getLastSeq()).isEqualTo(2);
    }

    @Test
    void theClosingPostReopensOnItsOwnDesk() {
        receipt.created(sunita);
        receipt.close(sunita, at(1), "No action required");

        Movement m = receipt.reopen(clerk, sunita, at(2), "Appeal received");

        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(receipt.getStatusReason()).isNull();
        assertThat(receipt.getHolder()).isEqualTo(clerk);
        assertThat(m.getAction()).isEqualTo(MovementAction.REOPEN);
        assertThat(m.getSeq()).isEqualTo(3);
        receipt.send(officer, sunita, at(3), null, null);
        assertThat(receipt.getHolder()).as("it moves again").isEqualTo(officer);
    }

    @Test
    void aSuperiorAnywhereUpTheReportingLineReopensOntoTheirOwnDesk() {
        receipt.created(sunita);
        receipt.close(sunita, at(1), "No action required");

        Movement m = receipt.reopen(hod, meena, at(120), "Collector's review");

        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(receipt.getHolder()).isEqualTo(hod);
        assertThat(receipt.getHeldSince()).isEqualTo(at(120));
        assertThat(receipt.isOpened()).isTrue();
        assertThat(m.getFromPost()).isEqualTo(clerk);
        assertThat(m.getToPost()).isEqualTo(hod);
    }

    @Test
    void anUnrelatedPostOrASubordinateMayNotReopen() {
        receipt.created(sunita);
        receipt.send(officer, sunita, at(1), null, null);
        receipt.close(anil, at(2), "Filed for record");

        for (Post notAllowed : List.of(otherClerk, clerk)) {
            BusinessException e = refused(() -> receipt.reopen(notAllowed, meena, at(3), null));
            assertThat(e.key()).as(notAllowed.getCode()).isEqualTo("movement.reopen.notAllowed");
            assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
        }
        assertThat(receipt.getStatus()).isEqualTo(ItemStatus.CLOSED);
        assertThat(receipt.getHolder()).isEqualTo(officer);
    }

    @Test
    void anActiveItemIsNotReopened() {
        receipt.created(sunita);
        BusinessException e = refused(() -> receipt.reopen(clerk, sunita, at(1), null));
        assertThat(e.key()).isEqualTo("movement.reopen.notClosed");
        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
    }

    @Nested
    class AReceiptPutIntoAFile {

        private final EFile file = EfileFixtures.file(45, clerk, sunita, at(0));

        @Test
        void becomesFiledAndNoLongerMovesOnItsOwn() {
            receipt.created(sunita);
            file.created(sunita);

            Movement m = receipt.putInto(file, sunita, at(1));

            assertThat(receipt.getStatus()).isEqualTo(ItemStatus.FILED);
            assertThat(receipt.getStatus().isPending()).isFalse();
            assertThat(receipt.getFile()).isSameAs(file);
            assertThat(receipt.getStatusReason()).isEqualTo("REV/LR/12-3/0045/2026");
            assertThat(m.getAction()).isEqualTo(MovementAction.PUT_IN_FILE);
            assertThat(m.getSeq()).isEqualTo(2);
            assertThat(m.getRemark()).isEqualTo("REV/LR/12-3/0045/2026");

            List<Runnable> moves = List.of(
                    () -> receipt.send(officer, sunita, at(2), null, null),
                    () -> receipt.returnTo(officer, sunita, at(2), null),
                    () -> receipt.park(sunita, at(2), "later"),
                    () -> receipt.close(sunita, at(2), "done"),
                    () -> receipt.putInto(file, sunita, at(2)));
            for (Runnable move : moves) {
                BusinessException e = refused(move);
                assertThat(e.key()).isEqualTo("movement.filed");
                assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
            }
            assertThat(refused(() -> receipt.reopen(clerk, sunita, at(2), null)).key()).isEqualTo("movement.reopen.notClosed");

            file.send(officer, sunita, at(3), null, null);
            assertThat(file.getHolder()).isEqualTo(officer);
            assertThat(receipt.getLastSeq()).as("the receipt travels inside the file, not on its own").isEqualTo(2);
        }

        @Test
        void onlyWhenTheSamePostHoldsBoth() {
            receipt.created(sunita);
            receipt.send(officer, sunita, at(1), null, null);

            BusinessException e = refused(() -> receipt.putInto(file, sunita, at(2)));

            assertThat(e.key()).isEqualTo("receipt.putInFile.notHolder");
            assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
            assertThat(receipt.getStatus()).isEqualTo(ItemStatus.ACTIVE);
            assertThat(receipt.getFile()).isNull();
        }
    }

    @Test
    void aSendRefusedForAnOverlongRemarkLeavesTheItemWhereItWas() {
        receipt.created(sunita);
        String overlong = "क".repeat(WorkItem.REMARK_MAX + 1);

        BusinessException e = refused(() -> receipt.send(officer, sunita, at(1), overlong, null));

        assertThat(e.key()).isEqualTo("input.tooLong");
        assertThat(receipt.getHolder()).isEqualTo(clerk);
        assertThat(receipt.isOpened()).isTrue();
        assertThat(receipt.getHeldSince()).isEqualTo(at(0));
        assertThat(receipt.getLastSeq()).isEqualTo(1);
        assertThat(receipt.send(officer, sunita, at(2), "ok", null).getSeq()).as("no gap").isEqualTo(2);
    }
}
