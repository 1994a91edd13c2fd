package org.daftar.efile;

import org.daftar.audit.AuditEntry;
import org.daftar.org.Post;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.post;
import static org.daftar.efile.EfileFixtures.setField;
import static org.daftar.efile.EfileFixtures.user;

/** Each item's own audit hash chain: entries in order, each hashing the one before, tampering detected. */
class ItemAuditChainTest {

    private final Clock clock = EfileFixtures.clockAt("2026-11-23T10:00");
    private final Post clerk = post("LR-BHU-AG2", null);
    private final User sunita = user("sunita.sahu", "Sunita Sahu", "सुनीता साहू");
    private final EFile file = EfileFixtures.file(45, clerk, sunita, at(0));

    private Instant at(int minutes) {
        return clock.instant().plus(Duration.ofMinutes(minutes));
    }

    private List<ItemAudit> threeEntries(WorkItem item) {
        return List.of(
                item.audit("sunita.sahu", "CREATE", "LR-BHU-AG2 -> LR-BHU-AG2", at(0)),
                item.audit("sunita.sahu", "NOTE_WRITTEN", "para 1 sha256=ab12", at(1)),
                item.audit("sunita.sahu", "SEND", "LR-BHU-AG2 -> LR-SO: नामांतरण हेतु", at(2)));
    }

    @Test
    void entriesAreNumberedAndEachHashesThePreviousOne() {
        List<ItemAudit> chain = threeEntries(file);

        assertThat(chain).extracting(ItemAudit::getSeq).containsExactly(1, 2, 3);
        assertThat(chain).extracting(ItemAudit::getItemId).containsOnly(file.getId());
        assertThat(chain.get(0).getPrevHash()).isEqualTo(AuditEntry.GENESIS);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).getPrevHash()).as("entry %d", i + 1).isEqualTo(chain.get(i - 1).getHash());
        }
        assertThat(chain).allSatisfy(e -> {
            assertThat(e.getHash()).matches("[0-9a-f]{64}");
            assertThat(e.computeHash()).isEqualTo(e.getHash());
        });
        assertThat(chain).extracting(ItemAudit::getHash).doesNotHaveDuplicates();
        assertThat(file.getAuditSeq()).isEqualTo(3);
        assertThat(file.getAuditHash()).as("the item carries the head of its chain").isEqualTo(chain.get(2).getHash());
        assertThat(chain.get(2).getOccurredAt()).isEqualTo(at(2));
        assertThat(chain.get(2).getDetail()).isEqualTo("LR-BHU-AG2 -> LR-SO: नामांतरण हेतु");
    }

    @Test
    void alteringTheDetailOfAnEntryIsDetected() {
        List<ItemAudit> chain = threeEntries(file);
        ItemAudit noted = chain.get(1);
        String recorded = noted.getHash();

        setField(noted, "detail", "para 1 sha256=ffff");

        assertThat(noted.computeHash()).isNotEqualTo(recorded);
        assertThat(noted.getHash()).isEqualTo(recorded);
        assertThat(chain.get(0).computeHash()).isEqualTo(chain.get(0).getHash());
        assertThat(chain.get(2).computeHash()).isEqualTo(chain.get(2).getHash());
    }

    @Test
    void alteringTheActorTheTimeOrTheLinkIsDetectedToo() {
        List<ItemAudit> chain = threeEntries(file);

        setField(chain.get(0), "actor", "anil.verma");
        setField(chain.get(1), "occurredAt", at(1).plusSeconds(1));
        setField(chain.get(2), "prevHash", AuditEntry.GENESIS);

        assertThat(chain).allSatisfy(e -> assertThat(e.computeHash()).isNotEqualTo(e.getHash()));
    }

    @Test
    void removingAnEntryBreaksTheLinkOfTheNext() {
        List<ItemAudit> chain = threeEntries(file);
        ItemAudit first = chain.get(0);
        ItemAudit third = chain.get(2);

        assertThat(third.getPrevHash()).as("with the second entry deleted").isNotEqualTo(first.getHash());
    }

    @Test
    void everyItemHasItsOwnChain() {
        Receipt receipt = EfileFixtures.receipt(1234, clerk, sunita, at(0));
        List<ItemAudit> fileChain = threeEntries(file);
        List<ItemAudit> receiptChain = threeEntries(receipt);

        assertThat(receiptChain).extracting(ItemAudit::getSeq).containsExactly(1, 2, 3);
        assertThat(receiptChain.get(0).getPrevHash()).isEqualTo(AuditEntry.GENESIS);
        assertThat(receiptChain.get(0).getHash()).as("the item id is part of the hash").isNotEqualTo(fileChain.get(0).getHash());
        assertThat(receipt.getAuditHash()).isEqualTo(receiptChain.get(2).getHash());
        assertThat(file.getAuditHash()).isEqualTo(fileChain.get(2).getHash());
    }

    @Test
    void aMissingActorAndAnOverlongDetailStillHashConsistently() {
        ItemAudit e = file.audit(null, "DOCUMENT_ADDED", "x".repeat(1500), at(0));

        assertThat(e.getActor()).isEqualTo("-");
        assertThat(e.getDetail()).hasSize(1000);
        assertThat(e.computeHash()).isEqualTo(e.getHash());
        assertThat(file.audit("sunita.sahu", "OPENED", null, at(1)).computeHash()).isNotNull();
    }

    @Test
    void aFreshItemStartsFromTheGenesisHash() {
        assertThat(file.getAuditSeq()).isZero();
        assertThat(file.getAuditHash()).isEqualTo(AuditEntry.GENESIS);
    }
}
