package id.go.mimikakab.report;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.upload.CleanPhoto;
import id.go.mimikakab.upload.PhotoCleaner;
import id.go.mimikakab.upload.PhotoProperties;
import id.go.mimikakab.upload.PhotoRejected;
import id.go.mimikakab.upload.PhotoStore;
import id.go.mimikakab.system.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Photos of reports: the reporter's with the report, the agency's with a follow-up or a completion (linked to
 * that timeline entry). Uploads are checked and cleaned of metadata before anything is stored; files are
 * written inside the database transaction that records them and removed again if it rolls back. A photo is
 * shown to whoever may see its report, except a photo of an internal follow-up, which only staff see.
 */
@Component
public class ReportPhotos {

    /** At most this many photos come with one report, one follow-up or one completion. */
    public static final int MAX_PER_UPLOAD = 3;

    private static final Logger log = LoggerFactory.getLogger(ReportPhotos.class);
    private static final String ROW_COLUMNS = "p.id, p.event_id, p.storage_key, p.thumb_key, p.content_type, p.width, "
            + "p.height, p.uploaded_at, e.action, e.public_note";

    private final PhotoStore files;
    private final PhotoCleaner cleaner;
    private final ReportStore reports;
    private final ReportPins pins;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportPhotos(PhotoStore files, PhotoProperties properties, ReportStore reports, ReportPins pins, JdbcClient jdbc,
            Clock clock) {
        this.cleaner = new PhotoCleaner(properties.decodingAtOnce());
        this.files = files;
        this.reports = reports;
        this.pins = pins;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Checks and cleans every upload; the problems name each refused file, so all can be shown at once. */
    Checked check(List<PhotoUpload> uploads) {
        List<PhotoUpload> chosen = uploads == null ? List.of()
                : uploads.stream().filter(u -> !u.nothingChosen()).toList();
        if (chosen.size() > MAX_PER_UPLOAD) {
            return new Checked(List.of(), List.of(new FieldProblem("photos", "upload.photo.tooMany",
                    "At most " + MAX_PER_UPLOAD + " photos; " + chosen.size() + " were sent.")));
        }
        List<CleanPhoto> clean = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            PhotoUpload upload = chosen.get(i);
            try {
                clean.add(cleaner.clean(upload.bytes()));
            } catch (PhotoRejected e) {
                if (e.reason() == PhotoRejected.Reason.BUSY) {
                    throw new PhotosBusyException();
                }
                String name = upload.filename().isEmpty() ? "" : " (" + upload.filename() + ")";
                problems.add(new FieldProblem("photos", e.reason().code(),
                        "Photo " + (i + 1) + name + ": " + e.reason().message()));
            }
        }
        return new Checked(problems.isEmpty() ? clean : List.of(), problems);
    }

    /** Like {@link #check}, for callers that refuse at once. */
    List<CleanPhoto> checkedOrRefused(List<PhotoUpload> uploads) {
        Checked checked = check(uploads);
        if (!checked.problems().isEmpty()) {
            throw new InvalidReportException(checked.problems());
        }
        return checked.photos();
    }

    /**
     * Stores the photos and records them for the report, optionally linked to a timeline entry. Runs inside
     * the caller's transaction; the files are deleted again when that transaction does not commit.
     */
    void attach(long reportId, Long eventId, List<CleanPhoto> photos) {
        if (photos.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Photos are attached inside the transaction that stores the report");
        }
        List<String> written = new ArrayList<>();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    written.forEach(ReportPhotos.this::deleteQuietly);
                }
            }
        });
        Instant now = clock.instant();
        for (CleanPhoto photo : photos) {
            String key = files.put(photo.content(), photo.contentType());
            written.add(key);
            String thumbKey = files.put(photo.thumbnail(), CleanPhoto.THUMBNAIL_TYPE);
            written.add(thumbKey);
            jdbc.sql("""
                            insert into report_photo (report_id, event_id, storage_key, thumb_key, content_type, width,
                                                      height, uploaded_at)
                            values (:report, :event, :key, :thumb, :type, :width, :height, :now)""")
                    .param("report", reportId)
                    .param("event", eventId)
                    .param("key", key)
                    .param("thumb", thumbKey)
                    .param("type", photo.contentType())
                    .param("width", photo.width())
                    .param("height", photo.height())
                    .param("now", ReportStore.utc(now))
                    .update();
        }
    }

    /** The newest timeline entry of this action, to link the photos posted with it. */
    Long latestEvent(long reportId, String action) {
        return jdbc.sql("select max(id) from report_event where report_id = :report and action = :action")
                .param("report", reportId)
                .param("action", action)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** All photos of a report, in the order they came. */
    List<Row> of(long reportId) {
        return jdbc.sql("select " + ROW_COLUMNS + " from report_photo p left join report_event e on e.id = p.event_id "
                        + "where p.report_id = :report order by p.id")
                .param("report", reportId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /**
     * The photo (or its thumbnail) for whoever may see it: everybody for a public report, the reporter with the
     * PIN for a confidential one, the command centre and the agency the report is with in every case, and leaders
     * for a report that is not confidential. To anyone else it does not exist: an unknown ticket, a confidential
     * report and an unknown photo answer in the same words.
     */
    @Transactional(readOnly = true)
    public PhotoFile open(String ticket, long photoId, boolean thumbnail, String pin, StaffMember viewer) {
        NotFoundException notFound = new NotFoundException("No photo " + photoId + " of report " + ticket);
        Optional<Report> found = TicketNumber.parse(ticket).flatMap(reports::find);
        if (found.isEmpty()) {
            pins.presentedForUnknown(ticket, pin);
            throw notFound;
        }
        Report report = found.get();
        boolean confidential = report.content().confidential();
        boolean staff = staffAccess(viewer, report);
        boolean reporter = confidential && !staff && pins.matches(report, pin);
        Row row = jdbc.sql("select " + ROW_COLUMNS + " from report_photo p left join report_event e on e.id = p.event_id "
                        + "where p.id = :id and p.report_id = :report")
                .param("id", photoId)
                .param("report", report.id())
                .query((rs, n) -> row(rs))
                .optional()
                .orElseThrow(() -> notFound);
        boolean publicAccess = row.visibleToPublic() && (!confidential || reporter);
        if (!publicAccess && !staff) {
            throw notFound;
        }
        String key = thumbnail ? row.thumbKey() : row.storageKey();
        InputStream content = files.get(key).orElseThrow(() -> notFound);
        return new PhotoFile(content, thumbnail ? CleanPhoto.THUMBNAIL_TYPE : row.contentType(),
                row.visibleToPublic() && !confidential);
    }

    /** Staff who may see every photo of the report, as {@link ReportViews#staffView} shows its content. */
    private static boolean staffAccess(StaffMember viewer, Report report) {
        if (viewer == null) {
            return false;
        }
        if (report.content().confidential()) {
            return ReportViews.mayReadConfidential(viewer, report);
        }
        return viewer.role() == Role.COMMAND_CENTER || viewer.role() == Role.LEADER || viewer.worksFor(report.agencyCode());
    }

    private void deleteQuietly(String key) {
        try {
            files.delete(key);
        } catch (RuntimeException e) {
            log.warn("Could not remove photo file {} of a rolled-back transaction", key, e);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        long event = rs.getLong("event_id");
        Long eventId = rs.wasNull() ? null : event;
        return new Row(rs.getLong("id"), eventId, rs.getString("action"),
                eventId == null || rs.getString("public_note") != null, rs.getString("storage_key"),
                rs.getString("thumb_key"), rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"),
                ReportStore.instant(rs, "uploaded_at"));
    }

    /** The uploads' SHA-256 sums, for the idempotency hash; empty without photos. */
    static String digests(List<PhotoUpload> uploads) {
        if (uploads == null) {
            return "";
        }
        List<String> sums = uploads.stream().filter(u -> !u.nothingChosen()).map(PhotoUpload::sha256).toList();
        return sums.isEmpty() ? "" : "|photos:" + String.join(",", sums);
    }

    /** The outcome of checking uploads: the clean photos when all passed, otherwise the problems. */
    record Checked(List<CleanPhoto> photos, List<FieldProblem> problems) {
    }

    /** One stored photo; visible to the public unless it came with an internal follow-up. */
    record Row(long id, Long eventId, String action, boolean visibleToPublic, String storageKey, String thumbKey,
            String contentType, int width, int height, Instant uploadedAt) {

        PublicReport.Photo toPhoto() {
            return new PublicReport.Photo(id, action == null ? "SUBMITTED" : action, uploadedAt, width, height);
        }
    }

    /** The bytes of a photo or thumbnail to send, and whether shared caches may keep them. */
    public record PhotoFile(InputStream content, String contentType, boolean publicCache) {
    }
}
