package org.daftar.efile;

import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.platform.BusinessException.Kind;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.post;
import static org.daftar.efile.EfileFixtures.refused;
import static org.daftar.efile.EfileFixtures.user;

/** The green sheet (टीप): paragraphs numbered through the file, drafts on the author's desk, permanent once moved. */
class NoteRulesTest {

    private final Clock clock = EfileFixtures.clockAt("2026-11-23T10:00");

    private final Post officer = post("LR-SO", null);
    private final Post clerk = post("LR-BHU-AG2", officer);
    private final User sunita = user("sunita.sahu", "Sunita Sahu", "सुनीता साहू");
    /** Holds the clerk's post as additional charge: same desk, different person. */
    private final User ramesh = user("ramesh.patel", "Ramesh Patel", "रमेश पटेल");
    private final User anil = user("anil.verma", "Anil Verma", "अनिल वर्मा");

    private final EFile file = EfileFixtures.file(45, clerk, sunita, at(0));

    private Instant at(int minutes) {
        return clock.instant().plus(Duration.ofMinutes(minutes));
    }

    private Note note(Post post, User author, String body, int minute) {
        return new Note(file, post, author, body, at(minute));
    }

    /** What a movement does to the drafts of the file (MovementService.record). */
    private static void movementMakesPermanent(List<Note> drafts) {
        drafts.forEach(Note::makePermanent);
    }

    @Test
    void notesAreNumberedThroughTheFile() {
        Note n1 = note(clerk, sunita, "Receipt LR/1234/2026 placed below at C/1.", 1);
        Note n2 = note(clerk, sunita, "Patwari report is awaited.", 2);
        Note n3 = note(clerk, ramesh, "Put up for orders.", 3);

        assertThat(List.of(n1, n2, n3)).extracting(Note::getPara).containsExactly(1, 2, 3);
        assertThat(file.getLastPara()).isEqualTo(3);
        assertThat(n1.isPermanent()).isFalse();
        assertThat(n1.getWrittenAt()).isEqualTo(at(1));
        assertThat(n1.getAuthorPost()).isEqualTo(clerk);

        file.send(officer, sunita, at(10), null, null);
        movementMakesPermanent(List.of(n1, n2, n3));
        Note n4 = note(officer, anil, "Approved.", 20);

        assertThat(n4.getPara()).as("the officer continues the numbering").isEqualTo(4);
    }

    @Test
    void onlyTheHolderOfTheFileMayWrite() {
        BusinessException e = refused(() -> note(officer, anil, "Approved.", 1));

        assertThat(e.key()).isEqualTo("item.moved");
        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(file.getLastPara()).as("no paragraph number is used up").isZero();

        file.send(officer, sunita, at(2), null, null);
        assertThat(refused(() -> note(clerk, sunita, "One more point.", 3)).key()).isEqualTo("item.moved");
        assertThat(note(officer, anil, "Approved.", 4).getPara()).isEqualTo(1);
    }

    @Test
    void nobodyWritesOnAClosedFile() {
        file.close(sunita, at(1), "Mutation done");

        BusinessException e = refused(() -> note(clerk, sunita, "Late note", 2));

        assertThat(e.key()).isEqualTo("movement.closed");
        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
    }

    @Test
    void aNoteNeedsText() {
        assertThat(refused(() -> note(clerk, sunita, " \n\t ", 1)).key()).isEqualTo("note.text.required");
        BusinessException tooLong = refused(() -> note(clerk, sunita, "अ".repeat(Note.BODY_MAX + 1), 1));
        assertThat(tooLong.key()).isEqualTo("input.tooLong");
        assertThat(tooLong.args()).containsExactly("note.text", Note.BODY_MAX);
        assertThat(file.getLastPara()).isZero();
    }

    @Test
    void theAuthorEditsAndDiscardsADraftWhileTheFileIsOnTheirDesk() {
        Note n1 = note(clerk, sunita, "Draft", 1);

        n1.edit(clerk, sunita, "  Patwari report placed below.  ", at(5));

        assertThat(n1.getBody()).isEqualTo("Patwari report placed below.");
        assertThat(n1.getEditedAt()).isEqualTo(at(5));
        assertThat(n1.getWrittenAt()).isEqualTo(at(1));

        n1.discard(clerk, sunita);
        assertThat(file.getLastPara()).isZero();
        assertThat(note(clerk, sunita, "Fresh start", 6).getPara()).isEqualTo(1);
    }

    @Test
    void anotherUserMayNotEditOrDiscardADraftEvenOnTheSameDesk() {
        Note n1 = note(clerk, sunita, "Patwari report placed below.", 1);

        for (Runnable attempt : List.<Runnable>of(
                () -> n1.edit(clerk, ramesh, "Changed", at(2)),
                () -> n1.discard(clerk, ramesh),
                () -> n1.edit(officer, anil, "Changed", at(2)),
                () -> n1.discard(officer, sunita))) {
            BusinessException e = refused(attempt);
            assertThat(e.key()).isEqualTo("note.notAuthor");
            assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
        }
        assertThat(n1.getBody()).isEqualTo("Patwari report placed below.");
        assertThat(n1.getEditedAt()).isNull();
        assertThat(file.getLastPara()).isEqualTo(1);
    }

    @Test
    void onceTheFileMovedTheNoteIsPermanent() {
        Note n1 = note(clerk, sunita, "Patwari report placed below.", 1);
        file.send(officer, sunita, at(2), null, null);
        movementMakesPermanent(List.of(n1));
        file.returnTo(clerk, anil, at(3), null);

        for (Runnable attempt : List.<Runnable>of(
                () -> n1.edit(clerk, sunita, "Changed", at(4)),
                () -> n1.discard(clerk, sunita))) {
            BusinessException e = refused(attempt);
            assertThat(e.key()).isEqualTo("note.permanent");
            assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        }
        assertThat(n1.isPermanent()).isTrue();
        assertThat(n1.getBody()).isEqualTo("Patwari report placed below.");
        assertThat(file.getLastPara()).isEqualTo(1);
        n1.moveUp();
        assertThat(n1.getPara()).as("a permanent paragraph never moves").isEqualTo(1);
    }

    @Test
    void aDraftLeftBehindOnAMovedFileCannotBeChangedEither() {
        Note n1 = note(clerk, sunita, "Patwari report placed below.", 1);
        file.send(officer, sunita, at(2), null, null);

        BusinessException e = refused(() -> n1.edit(clerk, sunita, "Changed", at(3)));

        assertThat(e.key()).isEqualTo("item.moved");
        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
    }

    @Test
    void deletingTheSecondOfThreeDraftsMovesTheThirdUpAndTheNextNoteIsThree() {
        Note n1 = note(clerk, sunita, "One", 1);
        Note n2 = note(clerk, sunita, "Two", 2);
        Note n3 = note(clerk, sunita, "Three", 3);

        n2.discard(clerk, sunita);
        // FileService then moves up every draft after the deleted paragraph:
        List.of(n3).forEach(Note::moveUp);

        assertThat(n1.getPara()).isEqualTo(1);
        assertThat(n3.getPara()).isEqualTo(2);
        assertThat(file.getLastPara()).isEqualTo(2);
        Note next = note(clerk, sunita, "Four, now three", 4);
        assertThat(next.getPara()).isEqualTo(3);
    }
}
