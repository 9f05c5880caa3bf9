package id.go.mimikakab.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import id.go.mimikakab.upload.CleanPhoto;
import id.go.mimikakab.upload.PhotoStore;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos attached to a report form that came back with an error, kept on the server under the form's key so
 * that the citizen need not attach them again on a slow line. They are checked and cleaned of metadata at once,
 * like every report photo; they are used when the form is sent and removed then, or after {@link #KEPT_FOR}.
 */
@Component
public class StagedPhotos {

    /** How long a staged photo waits for its form to be sent again. */
    public static final Duration KEPT_FOR = Duration.ofHours(2);

    private static final Logger log = LoggerFactory.getLogger(StagedPhotos.class);

    private final ReportPhotos photos;
    private final PhotoStore files;
    private final JdbcClient jdbc;
    private final Clock clock;

    StagedPhotos(ReportPhotos photos, PhotoStore files, JdbcClient jdbc, Clock clock) {
        this.photos = photos;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Checks the uploads and keeps the clean ones under the form's key, up to {@link ReportPhotos#MAX_PER_UPLOAD}
     * with those already kept; returns the problems of the refused ones (nothing is kept of a refused photo).
     */
    @Transactional
    public List<FieldProblem> stage(String formKey, List<PhotoUpload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Staged> kept = of(formKey);
        for (PhotoUpload upload : uploads) {
            if (upload.nothingChosen()) {
                continue;
            }
            if (kept.size() >= ReportPhotos.MAX_PER_UPLOAD) {
                problems.add(new FieldProblem("photos", "upload.photo.tooMany", "At most " + ReportPhotos.MAX_PER_UPLOAD + " photos."));
                break;
            }
            ReportPhotos.Checked checked = photos.check(List.of(upload));
            if (!checked.problems().isEmpty()) {
                problems.addAll(checked.problems());
                continue;
            }
            CleanPhoto clean = checked.photos().get(0);
            String key = files.put(clean.content(), clean.contentType());
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("insert into staged_photo (form_key, storage_key, filename, staged_at) values (:form, :key, :name, :now)")
                    .param("form", formKey)
                    .param("key", key)
                    .param("name", upload.filename().isEmpty() ? "foto" : abbreviated(upload.filename()))
                    .param("now", ReportStore.utc(clock.instant()))
                    .update(keys, "id");
            long id = keys.getKey().longValue();
            kept.add(new Staged(id, upload.filename()));
        }
        return problems;
    }

    /** The photos kept under the form's key, oldest first. */
    @Transactional(readOnly = true)
    public List<Staged> of(String formKey) {
        if (formKey == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(jdbc.sql("select id, filename from staged_photo where form_key = :form order by id")
                .param("form", formKey)
                .query((rs, n) -> new Staged(rs.getLong("id"), rs.getString("filename")))
                .list());
    }

    /** The kept photos' clean bytes, to send with the report, leaving out those the citizen removed. */
    @Transactional(readOnly = true)
    public List<PhotoUpload> uploads(String formKey, Collection<Long> removed) {
        List<PhotoUpload> uploads = new ArrayList<>();
        if (formKey == null) {
            return uploads;
        }
        for (StoredRow row : rows(formKey)) {
            if (removed.contains(row.id())) {
                continue;
            }
            files.get(row.storageKey()).ifPresent(content -> uploads.add(new PhotoUpload(row.filename(), readAll(content))));
        }
        return uploads;
    }

    /** Removes the photos kept under the form's key: the report was sent, or the citizen removed them. */
    @Transactional
    public void discard(String formKey, Collection<Long> only) {
        if (formKey == null) {
            return;
        }
        for (StoredRow row : rows(formKey)) {
            if (only == null || only.contains(row.id())) {
                remove(row);
            }
        }
    }

    /** Every quarter of an hour, on one node: removes what waited longer than {@link #KEPT_FOR}. */
    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT15M")
    @SchedulerLock(name = "report-staged-photos-cleanup", lockAtMostFor = "PT10M")
    @Transactional
    public void removeExpired() {
        Instant before = clock.instant().minus(KEPT_FOR);
        jdbc.sql("select id, storage_key, filename from staged_photo where staged_at < :before")
                .param("before", ReportStore.utc(before))
                .query((rs, n) -> new StoredRow(rs.getLong("id"), rs.getString("storage_key"), rs.getString("filename")))
                .list()
                .forEach(this::remove);
    }

    private List<StoredRow> rows(String formKey) {
        return jdbc.sql("select id, storage_key, filename from staged_photo where form_key = :form order by id")
                .param("form", formKey)
                .query((rs, n) -> new StoredRow(rs.getLong("id"), rs.getString("storage_key"), rs.getString("filename")))
                .list();
    }

    private void remove(StoredRow row) {
        jdbc.sql("delete from staged_photo where id = :id").param("id", row.id()).update();
        try {
            files.delete(row.storageKey());
        } catch (RuntimeException e) {
            log.warn("Could not remove staged photo file {}; it is no longer referenced", row.storageKey(), e);
        }
    }

    private static String abbreviated(String filename) {
        return filename.length() <= 255 ? filename : filename.substring(filename.length() - 255);
    }

    private static byte[] readAll(InputStream content) {
        try (content) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One kept photo as the form lists it: its id (to remove it) and the name it came with. */
    public record Staged(long id, String filename) {
    }

    private record StoredRow(long id, String storageKey, String filename) {
    }
}
