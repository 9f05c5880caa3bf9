package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyCode;
import id.go.mimikakab.system.NotFoundException;
import id.go.mimikakab.upload.CleanPhoto;
import id.go.mimikakab.upload.PhotoCleaner;
import id.go.mimikakab.upload.PhotoProperties;
import id.go.mimikakab.upload.TestPhotos;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Photos of the agency with follow-ups and completions, and photo files that must not outlive a rollback. */
@SpringBootTest
class ReportPhotosIntegrationTests {

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportViews views;

    @Autowired
    ReportPhotos photos;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PhotoProperties properties;

    @Test
    void showsPhotosOfAnInternalFollowUpToStaffOnlyAndAfterPhotosToEveryone() {
        StaffMember mcc = member("mcc");
        StaffMember pic = member("pupr.staf");
        String ticket = intake.submit(submission(), Channel.API, null, null,
                List.of(new PhotoUpload("lubang.jpg", TestPhotos.jpeg(90, 60)))).ticket();
        workflow.route(mcc, new TicketNumber(ticket), new AgencyCode("PUPR"));

        workflow.followUp(pic, new TicketNumber(ticket), "Tim survei sudah ke lokasi, menunggu material.", false,
                List.of(new PhotoUpload("survei.jpg", TestPhotos.jpeg(60, 60))));
        workflow.complete(pic, new TicketNumber(ticket), "Lubang sudah ditambal dan diaspal ulang.",
                List.of(new PhotoUpload("sesudah-1.jpg", TestPhotos.jpeg(60, 40)),
                        new PhotoUpload("sesudah-2.png", TestPhotos.pngWithText(40, 40))));

        PublicReport seen = views.publicView(ticket, null);
        assertThat(seen.photos()).extracting(PublicReport.Photo::action)
                .containsExactly("SUBMITTED", "COMPLETED", "COMPLETED");
        StaffReport staff = views.staffView(ticket, mcc);
        assertThat(staff.photos()).extracting(PublicReport.Photo::action)
                .containsExactly("SUBMITTED", "FOLLOWED_UP", "COMPLETED", "COMPLETED");
        long internal = staff.photos().get(1).id();
        assertThat(jdbc.sql("select e.action from report_photo p join report_event e on e.id = p.event_id where p.id = :id")
                .param("id", internal).query(String.class).single()).isEqualTo("FOLLOWED_UP");

        assertThatThrownBy(() -> photos.open(ticket, internal, false, null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> photos.open(ticket, internal, false, null, member("dinkes.staf")))
                .isInstanceOf(NotFoundException.class);
        assertThat(contentType(photos.open(ticket, internal, true, null, pic))).isEqualTo("image/jpeg");
        assertThat(contentType(photos.open(ticket, staff.photos().get(3).id(), false, null, null))).isEqualTo("image/png");
    }

    @Test
    void refusesAFollowUpWithTooManyPhotosWithoutChangingTheReport() {
        StaffMember pic = member("pupr.staf");
        String ticket = intake.submit(submission(), Channel.API, null, null).ticket();
        workflow.route(member("mcc"), new TicketNumber(ticket), new AgencyCode("PUPR"));
        List<PhotoUpload> four = Stream.of(1, 2, 3, 4).map(n -> new PhotoUpload(n + ".jpg", TestPhotos.jpeg(20, 20))).toList();

        assertThatThrownBy(() -> workflow.complete(pic, new TicketNumber(ticket), "Selesai.", four))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("upload.photo.tooMany"));
        assertThat(views.publicView(ticket, null).status()).isEqualTo(ReportStatus.ROUTED);
    }

    @Test
    void removesThePhotoFilesAgainWhenTheTransactionRollsBack() {
        String ticket = intake.submit(submission(), Channel.API, null, null).ticket();
        long reportId = jdbc.sql("select id from report where ticket = :t").param("t", ticket).query(Long.class).single();
        CleanPhoto photo = new PhotoCleaner().clean(TestPhotos.jpeg(50, 50));
        long filesBefore = files();

        transactions.executeWithoutResult(tx -> {
            photos.attach(reportId, null, List.of(photo, photo));
            assertThat(files()).isEqualTo(filesBefore + 4);
            tx.setRollbackOnly();
        });

        assertThat(files()).isEqualTo(filesBefore);
        assertThat(jdbc.sql("select count(*) from report_photo where report_id = :id").param("id", reportId)
                .query(Long.class).single()).isZero();
    }

    private long files() {
        Path root = properties.directory();
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(ReportPhotos.PhotoFile file) {
        try (var content = file.content()) {
            return file.contentType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StaffMember member(String username) {
        return accounts.findByUsername(username).orElseThrow().member();
    }

    private static ReportSubmission submission() {
        return new ReportSubmission("COMPLAINT", "JALAN", "Jalan Cenderawasih berlubang dan tergenang air", "94.04.01",
                "94.04.01.1001", null, null, null, false, false, null, null, null);
    }
}
