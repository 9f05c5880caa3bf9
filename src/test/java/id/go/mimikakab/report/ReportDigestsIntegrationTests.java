package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.account.Username;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.testing.MutableClock;
import id.go.mimikakab.upload.TestPhotos;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * What the reports module tells outside systems (Open311): non-confidential reports in brief with their latest
 * public note and last public change, their public steps since a date, and the answers to a category's questions.
 */
@SpringBootTest
@Import(MutableClock.Configuration.class)
class ReportDigestsIntegrationTests {

    @Autowired
    ReportIntake intake;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReportViews views;
    @Autowired
    ReportCategories categories;
    @Autowired
    CategoryQuestions questions;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MutableClock clock;

    @AfterEach
    void backToMondayMorning() {
        clock.set("2031-03-03T10:00+09:00");
    }

    private String road(boolean confidential, Map<String, List<String>> answers) {
        ReportSubmission s = new ReportSubmission("COMPLAINT", "JALAN", "Jalan berlubang di depan pasar " + UUID.randomUUID(),
                "94.04.01", "94.04.01.1008", null, null, "Jl. Cenderawasih", false, confidential, "Yosef", null,
                "yosef@example.org");
        return intake.submit(s, answers, Channel.OPEN311, "open311:test", null).ticket();
    }

    private StaffMember member(String username) {
        return accounts.findByUsername(username).orElseThrow().member();
    }

    private ReportDigest digest(String ticket) {
        List<ReportDigest> found = views.digests(new ReportViews.DigestQuery(List.of(ticket), null, null, null, null), 10);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void digestsLeaveOutConfidentialReportsAndCarryTheGovernmentsLatestPublicNote() {
        clock.set("2023-05-02T09:00+09:00");
        String open = road(false, Map.of("KERUSAKAN", List.of("BERAT")));
        String hidden = road(true, Map.of("KERUSAKAN", List.of("BERAT")));
        assertThat(views.digests(new ReportViews.DigestQuery(List.of(open, hidden), null, null, null, null), 10))
                .extracting(ReportDigest::ticket).containsExactly(open);

        clock.advance(Duration.ofHours(1));
        workflow.route(member("mcc"), new TicketNumber(open), new AgencyCode("PUPR"));
        clock.advance(Duration.ofHours(1));
        workflow.followUp(member("pupr.staf"), new TicketNumber(open), "Tim sudah meninjau lokasi", true);
        Instant publicStep = clock.instant();
        clock.advance(Duration.ofHours(1));
        workflow.followUp(member("pupr.staf"), new TicketNumber(open), "Catatan internal: aspal habis", false);
        workflow.assign(member("pupr.kepala"), new TicketNumber(open), new Username("pupr.staf"));

        ReportDigest d = digest(open);
        assertThat(d.status()).isEqualTo(ReportStatus.FOLLOWED_UP);
        assertThat(d.agencyCode()).isEqualTo("PUPR");
        assertThat(d.latestPublicNote()).isEqualTo("Tim sudah meninjau lokasi");
        assertThat(d.updatedAt()).isEqualTo(publicStep);
        assertThat(d.submittedAt()).isEqualTo(OffsetDateTime.parse("2023-05-02T09:00+09:00").toInstant());
        assertThat(d.dueAt()).isNull();
        assertThat(d.photoId()).isNull();
        assertThat(d.toString()).doesNotContain("Yosef", "yosef@example.org", "Cenderawasih");
    }

    @Test
    void digestsApplyCategoryStatusAndSubmissionPeriodTogetherNewestFirst() {
        clock.set("2023-06-06T08:00+09:00");
        String first = road(false, Map.of("KERUSAKAN", List.of("RINGAN")));
        clock.advance(Duration.ofMinutes(5));
        String second = road(false, Map.of("KERUSAKAN", List.of("RINGAN")));
        clock.advance(Duration.ofMinutes(5));
        String rejected = road(false, Map.of("KERUSAKAN", List.of("RINGAN")));
        workflow.reject(member("mcc"), new TicketNumber(rejected), RejectionReason.SPAM, "Bukan laporan", null);
        Instant from = OffsetDateTime.parse("2023-06-06T07:59+09:00").toInstant();
        Instant to = OffsetDateTime.parse("2023-06-06T09:00+09:00").toInstant();

        assertThat(views.digests(new ReportViews.DigestQuery(null, Set.of("JALAN"), null, from, to), 10))
                .extracting(ReportDigest::ticket).containsExactly(rejected, second, first);
        assertThat(views.digests(new ReportViews.DigestQuery(null, Set.of("JALAN"), Set.of(ReportStatus.REJECTED), from, to), 10))
                .extracting(ReportDigest::ticket).containsExactly(rejected);
        assertThat(views.digests(new ReportViews.DigestQuery(null, Set.of("SAMPAH"), null, from, to), 10)).isEmpty();
        assertThat(views.digests(new ReportViews.DigestQuery(null, null, null, from, to), 2)).hasSize(2);
        assertThat(digest(rejected).latestPublicNote()).isEqualTo("Bukan laporan");
    }

    @Test
    void publicUpdatesAreThePublicStepsAfterSubmissionOldestFirstWithTheirPhotos() {
        clock.set("2023-07-04T09:00+09:00");
        String ticket = road(false, Map.of("KERUSAKAN", List.of("SEDANG")));
        Instant from = clock.instant();
        clock.advance(Duration.ofHours(1));
        workflow.route(member("mcc"), new TicketNumber(ticket), new AgencyCode("PUPR"));
        clock.advance(Duration.ofHours(1));
        workflow.followUp(member("pupr.staf"), new TicketNumber(ticket), "Hanya untuk staf", false);
        workflow.followUp(member("pupr.staf"), new TicketNumber(ticket), "Penambalan besok pagi", true);
        clock.advance(Duration.ofHours(1));
        workflow.complete(member("pupr.staf"), new TicketNumber(ticket), "Lubang sudah ditambal",
                List.of(new PhotoUpload("sesudah.jpg", TestPhotos.jpeg(80, 60))));

        List<PublicUpdate> updates = views.publicUpdates(new ReportViews.UpdateQuery(List.of(ticket), null, null), 100);
        assertThat(updates).extracting(PublicUpdate::action).containsExactly("ROUTED", "FOLLOWED_UP", "COMPLETED");
        assertThat(updates).extracting(PublicUpdate::publicNote)
                .containsExactly(null, "Penambalan besok pagi", "Lubang sudah ditambal");
        assertThat(updates.get(2).status()).isEqualTo(ReportStatus.COMPLETED);
        assertThat(updates.get(2).photoId()).isNotNull();
        assertThat(digest(ticket).photoId()).isEqualTo(updates.get(2).photoId());
        assertThat(digest(ticket).updatedAt()).isEqualTo(updates.get(2).at());

        Instant oneHourIn = from.plus(Duration.ofMinutes(90));
        assertThat(views.publicUpdates(new ReportViews.UpdateQuery(null, from, oneHourIn), 100))
                .filteredOn(u -> u.ticket().equals(ticket)).extracting(PublicUpdate::action).containsExactly("ROUTED");
    }

    @Test
    void answersAreStoredWithTheReportAndStaffReadThemInWords() {
        String ticket = road(false, Map.of("KERUSAKAN", List.of("BERAT"), "PANJANG", List.of("12")));
        assertThat(views.staffView(ticket, member("mcc")).answers()).containsExactly(
                new ReportAnswer("KERUSAKAN", "Seberapa parah kerusakan jalan atau jembatan?",
                        "Berat: tidak bisa dilalui, longsor atau jembatan putus"),
                new ReportAnswer("PANJANG", "Perkiraan panjang bagian yang rusak, dalam meter (boleh kosong)", "12"));
    }

    @Test
    void aMissingRequiredAnswerIsListedWithTheOtherProblemsOfTheSubmission() {
        ReportSubmission tooShort = new ReportSubmission("COMPLAINT", "JALAN", "rusak", "94.04.01", "94.04.01.1008", null,
                null, null, false, false, null, null, null);
        assertThatThrownBy(() -> intake.submit(tooShort, Map.of(), Channel.OPEN311, "open311:test", null))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("description", "attribute[KERUSAKAN]"));
    }

    @Test
    void theQuestionsOfACategoryComeInTheirOrderAndMarkTheCategoriesThatAskThem() {
        assertThat(questions.of("JALAN")).extracting(CategoryQuestion::code).containsExactly("KERUSAKAN", "PANJANG");
        assertThat(questions.of("JALAN").get(0).choices()).extracting(CategoryQuestion.Choice::key)
                .containsExactly("RINGAN", "SEDANG", "BERAT");
        assertThat(questions.categoriesWithQuestions()).contains("JALAN").doesNotContain("SAMPAH");
    }

    @Test
    void theCatalogueKnowsWhenItLastChanged() {
        clock.set("2034-01-02T10:00+09:00");
        ReportCategory other = categories.find("LAINNYA").orElseThrow();
        categories.change(new ReportCategory(other.code(), other.name(), other.defaultAgencyCode(), "apa saja",
                other.active(), other.sortOrder()));
        try {
            assertThat(categories.lastChanged()).isEqualTo(clock.instant());
        } finally {
            categories.change(other);
        }
    }
}
