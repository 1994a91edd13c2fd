package org.daftar.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.daftar.search.SearchDocument.FILE;
import static org.daftar.search.SearchDocument.RECEIPT;

class SearchIndexTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Set<Long> NOBODY = Set.of();
    /** The collector: any item that is not confidential. */
    private static final Access COLLECTOR = new Access(Set.of(), Set.of(), true);

    // Land Records (section 10): two clerks' posts report to the section officer, who reports to
    // the tehsildar; the naib tehsildar is an officer of the section outside that line.
    // Treasury is section 20.
    private static final long LAND_RECORDS = 10;
    private static final long TREASURY = 20;
    private static final long CLERK = 1;
    private static final long NEIGHBOUR = 2;
    private static final long SECTION_OFFICER = 3;
    private static final long TEHSILDAR = 4;
    private static final long NAIB_TEHSILDAR = 5;
    private static final long TREASURY_CLERK = 6;

    private final SearchIndex index = SearchIndex.inMemory();

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aHindiWordFindsItsInflectedForm() {
        index.index(file("F:1", "REV/LR/12-3/0045/2026", "Mutation of land records", "भूमि अभिलेखों के नामांतरणों का निपटारा"));
        index.index(file("F:2", "REV/LR/12-3/0046/2026", "Pension arrears", "पेंशन बकाया"));
        index.index(file("F:3", "REV/LR/12-3/0047/2026", "Mutation order", "नामांतरण आदेश"));

        assertThat(refs("नामांतरण निपटारा")).containsExactly("F:1");
        assertThat(refs("अभिलेख ")).containsExactly("F:1");
        assertThat(refs("नामांतरणों आदेश")).containsExactly("F:3");
    }

    @Test
    void joinersInsideAWordDoNotMatterInTheQueryOrInTheSubject() {
        index.index(file("F:1", null, null, "क्षेत्र सर्वेक्षण"));
        index.index(file("F:2", null, null, "क्\u200Dषति पूर्ति, सहायक रक्\u200Cषक"));

        assertThat(refs("क्\u200Dषेत्र")).containsExactly("F:1");
        assertThat(refs("क्\u200Cषेत्र")).containsExactly("F:1");
        assertThat(refs("क्षति")).containsExactly("F:2");
        assertThat(refs("रक्षक")).containsExactly("F:2");
        assertThat(refs("सर्वे\u00ADक्षण")).as("soft hyphen").containsExactly("F:1");
    }

    @Test
    void precomposedAndDecomposedNuktaLettersMatch() {
        index.index(file("F:1", null, null, "\u095Eाइल का निपटारा"));
        index.index(file("F:2", null, null, "\u092B\u093Cरियाद"));

        assertThat(refs("\u092B\u093Cाइल")).containsExactly("F:1");
        assertThat(refs("\u095Eरियाद")).containsExactly("F:2");
    }

    @Test
    void devanagariAndAsciiDigitsMatch() {
        index.index(file("F:1", null, "Budget 2026-27", null));
        index.index(file("F:2", null, null, "बजट २०२५"));

        assertThat(refs("बजट २०२६")).isEmpty();
        assertThat(refs("budget २०२६")).containsExactly("F:1");
        assertThat(refs("बजट 2025")).containsExactly("F:2");
    }

    @Test
    void englishPluralsAndSingularsMatch() {
        index.index(file("F:1", null, "Family pension of Smt. Kamla Devi", null));
        index.index(file("F:2", null, "Revision of pensions", null));

        assertThat(refs("pensions")).containsExactlyInAnyOrder("F:1", "F:2");
        assertThat(refs("PENSION revision")).containsExactly("F:2");
    }

    @Test
    void allWordsMustMatchInEitherLanguage() {
        index.index(file("F:1", null, "Land mutation", "भूमि नामांतरण"));
        index.index(file("F:2", null, "Land acquisition", "भूमि अधिग्रहण"));

        assertThat(refs("land mutation")).containsExactly("F:1");
        assertThat(refs("acquisition नामांतरण")).isEmpty();
        assertThat(refs("mutation भूमि")).containsExactly("F:1");
    }

    @Test
    void theSenderIsSearchedToo() {
        index.index(new SearchDocument("R:1", RECEIPT, "LR/12/2026", "Complaint about encroachment",
                null, "Ramesh Patil", "REV", DAY, NOBODY, null, false));

        assertThat(refs("patil encroachment")).containsExactly("R:1");
    }

    @Test
    void anExactNumberComesFirstWhateverItsCaseOrDigits() {
        index.index(file("F:123", "REV/LR/12-3/0045/2026", "Land records 12 of 2026",
                "भूमि अभिलेख, तहसील कार्यालय से प्राप्त प्रतिवेदन एवं पटवारी की जांच रिपोर्ट"));
        index.index(receipt("R:45", "LR/12/2026", "Reminder from the Sub-Divisional Officer about the"
                + " pending inspection of land records and the mutation register of the tehsil"));
        for (int i = 1; i <= 5; i++) {
            index.index(file("F:" + i, "LR/12/" + (2020 + i), "LR 12 2026 LR 12 2026", null));
        }

        assertThat(refs("LR/12/2026")).first().isEqualTo("R:45");
        assertThat(refs("REV/LR/12-3/0045/2026")).first().isEqualTo("F:123");
        assertThat(refs(" rev/lr/12-3/0045/2026 ")).first().isEqualTo("F:123");
        assertThat(refs("LR/१२/२०२६")).first().isEqualTo("R:45");
        assertThat(index.search("LR/12/2026", COLLECTOR, 1).get(0).number()).isEqualTo("LR/12/2026");
    }

    @Test
    void anExactNumberBeatsAnItemThatMerelyRepeatsItsParts() {
        for (int i = 1; i <= 40; i++) {
            index.index(file("F:" + i, "GAD/" + i + "/2025", "Leave application " + i, "अवकाश आवेदन"));
        }
        index.index(file("F:99", "PWD/7/2025", "LR 12 2026, LR 12 2026, LR 12 2026", null));
        index.index(receipt("R:45", "LR/12/2026", "Reminder from the Sub-Divisional Officer about the"
                + " pending inspection of the mutation register of the tehsil and of the field books"));

        assertThat(refs("LR/12/2026")).containsExactly("R:45", "F:99");
    }

    @Test
    void partOfANumberFindsTheItem() {
        index.index(file("F:123", "REV/LR/12-3/0045/2026", "Land records", null));
        index.index(file("F:124", "REV/LR/12-3/0046/2026", "Land records", null));

        assertThat(refs("0045")).containsExactly("F:123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"(a AND", "*", "?", "pension*", "\\", "title:[x TO", "-", "&& ||", "~2",
            "\"", ")", "{!", "/", "a/b", "^", "!"})
    void luceneSyntaxInTheQueryIsJustText(String query) {
        index.index(file("F:1", "A/B", "a pension file", null));

        assertThatCode(() -> index.search(query, COLLECTOR, 10)).doesNotThrowAnyException();
    }

    @Test
    void syntaxCharactersAroundWordsAreIgnored() {
        index.index(file("F:1", null, "Family pension", null));

        assertThat(refs("\"(pension AND")).isEmpty();
        assertThat(refs("(family) \"pension\"")).containsExactly("F:1");
    }

    @Test
    void blankOrMissingQueryFindsNothing() {
        index.index(file("F:1", null, "Family pension", null));

        assertThat(index.search("", COLLECTOR, 10)).isEmpty();
        assertThat(index.search("   ", COLLECTOR, 10)).isEmpty();
        assertThat(index.search(null, COLLECTOR, 10)).isEmpty();
    }

    @Test
    void indexingTheSameRefAgainReplacesTheOldVersion() {
        index.index(file("F:1", "GAD/1/2026", "Family pension", null));
        index.index(file("F:1", "GAD/1/2026", "Leave encashment", null));

        assertThat(refs("pension")).isEmpty();
        assertThat(refs("leave")).containsExactly("F:1");
        assertThat(refs("GAD/1/2026")).containsExactly("F:1");
    }

    @Test
    void aDeletedItemIsNotFound() {
        index.index(file("F:1", null, "Family pension", null));
        index.index(file("F:2", null, "Pension revision", null));

        index.delete("F:1");

        assertThat(refs("pension")).containsExactly("F:2");
    }

    @Test
    void kindAndDepartmentFilters() {
        index.index(new SearchDocument("F:1", FILE, null, "Pension case", null, null, "TRY", DAY, NOBODY, null, false));
        index.index(new SearchDocument("R:1", RECEIPT, null, "Pension case", null, null, "TRY", DAY, NOBODY, null, false));
        index.index(new SearchDocument("F:2", FILE, null, "Pension case", null, null, "EDU", DAY, NOBODY, null, false));

        assertThat(refs(index.search("pension", COLLECTOR, FILE, null, null, null, 10)))
                .containsExactlyInAnyOrder("F:1", "F:2");
        assertThat(refs(index.search("pension", COLLECTOR, null, "TRY", null, null, 10)))
                .containsExactlyInAnyOrder("F:1", "R:1");
        assertThat(refs(index.search("pension", COLLECTOR, RECEIPT, "TRY", null, null, 10))).containsExactly("R:1");
        assertThat(refs(index.search("pension", COLLECTOR, "", " ", null, null, 10))).hasSize(3);
        assertThat(index.search("pension", COLLECTOR, RECEIPT, "EDU", null, null, 10)).isEmpty();
    }

    @Test
    void dateFiltersIncludeBothEnds() {
        index.index(dated("F:1", DAY.minusDays(1)));
        index.index(dated("F:2", DAY));
        index.index(dated("F:3", DAY.plusDays(1)));
        index.index(dated("F:4", null));

        assertThat(refs(index.search("pension", COLLECTOR, null, null, DAY, DAY, 10))).containsExactly("F:2");
        assertThat(refs(index.search("pension", COLLECTOR, null, null, DAY, null, 10))).containsExactly("F:3", "F:2");
        assertThat(refs(index.search("pension", COLLECTOR, null, null, null, DAY, 10))).containsExactly("F:2", "F:1");
    }

    @Test
    void matchesComeNewestFirst() {
        index.index(dated("F:1", DAY.minusDays(1)));
        index.index(dated("F:2", DAY.plusDays(1)));
        index.index(dated("F:3", DAY));

        assertThat(refs("pension")).containsExactly("F:2", "F:3", "F:1");
    }

    @Test
    void aNewerMatchComesBeforeAnOlderOneThatHoldsTheWordMoreOften() {
        index.index(new SearchDocument("F:1", FILE, null, "Pension: pension arrears of a pension case", null, null,
                "TRY", DAY.minusDays(1), NOBODY, null, false));
        index.index(new SearchDocument("F:2", FILE, null, "Leave and pension of a retired teacher, with the service book",
                null, null, "TRY", DAY, NOBODY, null, false));

        assertThat(refs("pension")).containsExactly("F:2", "F:1");
    }

    @Test
    void theNewestOfManyMatchesComeFirstFromEverySegment() {
        for (int i = 0; i < 3000; i++) {
            index.index(dated("F:" + i, DAY.minusDays(i * 7919L % 3000)));
            if (i % 700 == 0) {
                index.commit();
            }
        }

        assertThat(refs("pension")).as("F:0 is dated DAY, F:1679 the day before, …")
                .containsExactly("F:0", "F:1679", "F:358", "F:2037", "F:716", "F:2395", "F:1074", "F:2753", "F:1432", "F:111");
    }

    @Test
    void maxIsHonoured() {
        for (int i = 1; i <= 5; i++) {
            index.index(dated("F:" + i, DAY.plusDays(i)));
        }

        assertThat(index.search("pension", COLLECTOR, 3)).hasSize(3);
        assertThat(index.search("pension", COLLECTOR, 1)).extracting(SearchHit::ref).containsExactly("F:5");
        assertThat(index.search("pension", COLLECTOR, 0)).isEmpty();
        assertThat(index.search("pension", COLLECTOR, 100)).hasSize(5);
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileBeingTyped() {
        index.index(file("F:1", null, "Family pension", "भूमि नामांतरण"));

        assertThat(refs("family pens")).containsExactly("F:1");
        assertThat(refs("नामां")).containsExactly("F:1");
        assertThat(refs("pens family")).as("only the last word is a prefix").isEmpty();
        assertThat(refs("family pens ")).as("a finished word is a whole word").isEmpty();
    }

    @Test
    void hitsCarryKindNumberAndScore() {
        index.index(receipt("R:45", "LR/12/2026", "Pension"));

        SearchHit hit = index.search("pension", COLLECTOR, 10).get(0);

        assertThat(hit.ref()).isEqualTo("R:45");
        assertThat(hit.kind()).isEqualTo(RECEIPT);
        assertThat(hit.number()).isEqualTo("LR/12/2026");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void anIndexOnDiskKeepsItsItemsAcrossRestarts(@TempDir Path dir) {
        try (SearchIndex onDisk = new SearchIndex(dir)) {
            onDisk.index(file("F:1", "GAD/1/2026", "Family pension", "पारिवारिक पेंशन"));
            onDisk.index(file("F:2", "GAD/2/2026", "Leave", null));
            onDisk.delete("F:2");
        }
        try (SearchIndex reopened = new SearchIndex(dir)) {
            assertThat(refs(reopened.search("पेंशन", COLLECTOR, 10))).containsExactly("F:1");
            assertThat(reopened.search("leave", COLLECTOR, 10)).isEmpty();
        }
    }

    @Test
    void anIndexIsCompleteOnlyOnceARebuildMarkedItAndStaysSoAcrossLaterWrites(@TempDir Path dir) {
        try (SearchIndex fresh = new SearchIndex(dir)) {
            assertThat(fresh.isComplete()).isFalse();
            fresh.indexAll(List.of(file("F:1", "GAD/1/2026", "Family pension", null),
                    file("F:2", "GAD/2/2026", "Leave", "अवकाश")));
            assertThat(refs(fresh.search("अवकाश", COLLECTOR, 10))).containsExactly("F:2");
            fresh.commit();
            assertThat(fresh.isComplete()).as("written and committed, but the rebuild has not said it is done").isFalse();
            fresh.markComplete();
            assertThat(fresh.isComplete()).isTrue();
            fresh.index(file("F:3", "GAD/3/2026", "Pension", null));
            fresh.commit();
        }
        try (SearchIndex reopened = new SearchIndex(dir)) {
            assertThat(reopened.isComplete()).isTrue();
            assertThat(refs(reopened.search("pension", COLLECTOR, 10))).containsExactlyInAnyOrder("F:1", "F:3");
        }
    }

    @Test
    void aClerkFindsWhatTheirPostHoldsOrHeldButNotANeighboursItems() {
        indexLandRecordsAndTreasury();
        Access clerk = new Access(Set.of(CLERK), Set.of(), false);

        assertThat(refs(index.search("pension", clerk, 10))).containsExactlyInAnyOrder("F:1", "F:2");
    }

    @Test
    void aSuperiorFindsWhatTheirSubordinatesHoldOrHeld() {
        indexLandRecordsAndTreasury();
        Access tehsildar = new Access(Set.of(TEHSILDAR, SECTION_OFFICER, CLERK, NEIGHBOUR), Set.of(), false);

        assertThat(refs(index.search("pension", tehsildar, 10))).containsExactlyInAnyOrder("F:1", "F:2", "F:3", "F:4");
    }

    @Test
    void anOfficerFindsOrdinaryItemsOfTheirSectionButConfidentialOnesOnlyIfTheyHeldThem() {
        indexLandRecordsAndTreasury();
        Access naibTehsildar = new Access(Set.of(NAIB_TEHSILDAR), Set.of(LAND_RECORDS), false);

        assertThat(refs(index.search("pension", naibTehsildar, 10)))
                .as("F:4 is confidential and was never theirs; F:5 is the treasury's")
                .containsExactlyInAnyOrder("F:1", "F:2", "F:3", "F:6");
    }

    @Test
    void theCollectorFindsEverythingButConfidentialItemsTheyNeverHeld() {
        indexLandRecordsAndTreasury();
        Access collector = new Access(Set.of(99L), Set.of(), true);

        assertThat(refs(index.search("pension", collector, 10))).containsExactlyInAnyOrder("F:1", "F:2", "F:3", "F:5");
    }

    @Test
    void someoneWithoutPostsOrSectionsFindsNothing() {
        indexLandRecordsAndTreasury();

        assertThat(index.search("pension", new Access(Set.of(), Set.of(), false), 10)).isEmpty();
    }

    /**
     * F:1 held by the clerk (and before by the section officer); F:2 by the clerk, then the
     * neighbour; F:3 by the neighbour; F:4 confidential, by the section officer; F:5 in the
     * treasury; F:6 confidential, held by the naib tehsildar.
     */
    private void indexLandRecordsAndTreasury() {
        index.index(held("F:1", LAND_RECORDS, false, SECTION_OFFICER, CLERK));
        index.index(held("F:2", LAND_RECORDS, false, CLERK, NEIGHBOUR));
        index.index(held("F:3", LAND_RECORDS, false, NEIGHBOUR));
        index.index(held("F:4", LAND_RECORDS, true, SECTION_OFFICER));
        index.index(held("F:5", TREASURY, false, TREASURY_CLERK));
        index.index(held("F:6", LAND_RECORDS, true, NAIB_TEHSILDAR));
    }

    @Test
    void anUnsortedIndexOfAnEarlierLayoutIsStartedAfreshAndRebuilt(@TempDir Path dir) throws Exception {
        try (DaftarAnalyzer analyzer = new DaftarAnalyzer();
             IndexWriter earlier = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer))) {
            Document doc = new Document();
            doc.add(new StringField(IndexedFields.REF, "F:1", Field.Store.YES));
            doc.add(new StringField(IndexedFields.KIND, FILE, Field.Store.YES));
            doc.add(new TextField(IndexedFields.TEXT, "Family pension", Field.Store.NO));
            earlier.addDocument(doc);
            earlier.setLiveCommitData(Map.of("daftar.complete", "true").entrySet());
            earlier.commit();
        }
        try (SearchIndex upgraded = new SearchIndex(dir)) {
            assertThat(upgraded.isComplete()).isFalse();
            assertThat(upgraded.search("pension", COLLECTOR, 10)).as("Lucene cannot sort an existing index").isEmpty();

            upgraded.indexAll(List.of(file("F:1", "GAD/1/2026", "Family pension", null)));
            upgraded.markComplete();
        }
        try (SearchIndex reopened = new SearchIndex(dir)) {
            assertThat(reopened.isComplete()).as("a sorted index is kept").isTrue();
            assertThat(refs(reopened.search("pension", COLLECTOR, 10))).containsExactly("F:1");
        }
    }

    private List<String> refs(String query) {
        return refs(index.search(query, COLLECTOR, 10));
    }

    private static List<String> refs(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::ref).toList();
    }

    private static SearchDocument file(String ref, String number, String en, String hi) {
        return new SearchDocument(ref, FILE, number, en, hi, null, "REV", DAY, NOBODY, null, false);
    }

    private static SearchDocument receipt(String ref, String number, String en) {
        return new SearchDocument(ref, RECEIPT, number, en, null, "Tehsildar", "REV", DAY, NOBODY, null, false);
    }

    private static SearchDocument held(String ref, long section, boolean confidential, Long... holders) {
        return new SearchDocument(ref, FILE, null, "Pension case", null, null, "REV", DAY, Set.of(holders), section, confidential);
    }

    private static SearchDocument dated(String ref, LocalDate date) {
        return new SearchDocument(ref, FILE, null, "Pension case", null, null, "TRY", date, NOBODY, null, false);
    }
}
