package id.go.mimikakab.report.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import id.go.mimikakab.report.PhotoUpload;
import id.go.mimikakab.report.ReportSubmission;

/**
 * The reports this browser sent lately, by a fingerprint of their content, so that Back and "Kirim" again returns
 * the first receipt instead of making a second report (the form got a new key on the way back). Kept in the
 * session, which is per browser; serializable for the JDBC session store.
 */
final class RecentSubmissions implements Serializable {

    /** How long the same content from the same browser counts as the same report sent again. */
    static final Duration WINDOW = Duration.ofMinutes(30);
    private static final String ATTRIBUTE = RecentSubmissions.class.getName();
    private static final int KEPT = 10;

    private final LinkedHashMap<String, Sent> byFingerprint = new LinkedHashMap<>();

    private RecentSubmissions() {
    }

    /** The first receipt for this content if this browser sent it within the window. */
    static Optional<CitizenReportController.ReceiptNote> sentBefore(HttpSession session, String fingerprint, Instant now) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof RecentSubmissions recent)) {
            return Optional.empty();
        }
        Sent sent = recent.byFingerprint.get(fingerprint);
        return sent == null || sent.at().plus(WINDOW).isBefore(now) ? Optional.empty() : Optional.of(sent.receipt());
    }

    static void remember(HttpSession session, String fingerprint, CitizenReportController.ReceiptNote receipt, Instant now) {
        RecentSubmissions recent = session.getAttribute(ATTRIBUTE) instanceof RecentSubmissions r ? r : new RecentSubmissions();
        recent.byFingerprint.entrySet().removeIf(e -> e.getValue().at().plus(WINDOW).isBefore(now));
        recent.byFingerprint.put(fingerprint, new Sent(receipt, now));
        while (recent.byFingerprint.size() > KEPT) {
            recent.byFingerprint.remove(recent.byFingerprint.keySet().iterator().next());
        }
        // set again, so that a session store that saves only on setAttribute sees the change
        session.setAttribute(ATTRIBUTE, recent);
    }

    /** SHA-256 over every field as submitted and every photo's bytes: equal only for the same report. */
    static String fingerprint(ReportSubmission submission, List<PhotoUpload> photos) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(submission.toString().getBytes(StandardCharsets.UTF_8));
            for (PhotoUpload photo : photos) {
                digest.update((byte) 0);
                digest.update(photo.bytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Sent(CitizenReportController.ReceiptNote receipt, Instant at) implements Serializable {
    }
}
