package id.go.mimikakab.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of reports: the public and staff views of one report, the command centre's queue, an agency's
 * inbox, the public list and staff drill-downs. Lights are computed in the query at the current instant,
 * so they are right at every moment, also just after a restart.
 */
@Component
public class ReportViews {

    private static final Set<String> INTERNAL_ACTIONS = Set.of("ASSIGNED", "REROUTE_REQUESTED");
    /** The rule of {@link #isPublic} in SQL, for a timeline row {@code e}. */
    private static final String PUBLIC_STEP_SQL = "e.action not in ('" + String.join("','", INTERNAL_ACTIONS) + "') "
            + "and not (e.action = 'FOLLOWED_UP' and e.public_note is null and e.internal_note is not null)";
    /** Steps whose public note the government wrote: its question, follow-ups, work under way, completion, rejection. */
    private static final String GOVERNMENT_NOTES_SQL = "e.action in ('INFO_REQUESTED','FOLLOWED_UP','IN_PROGRESS',"
            + "'COMPLETED','REJECTED','MERGED') and e.public_note is not null";
    /** A photo {@code p} the public may see: the reporter's, or one posted with a public step. */
    private static final String PUBLIC_PHOTO_SQL = "(p.event_id is null or exists (select 1 from report_event pe "
            + "where pe.id = p.event_id and pe.public_note is not null))";
    private static final String DIGEST_COLUMNS = "r.ticket, r.category_code, r.description, c.stage as status, c.agency_code, "
            + "r.submitted_at, c.due_at, r.district_code, r.village_code, r.latitude, r.longitude, "
            + "(select max(e.at) from report_event e where e.report_id = r.id and " + PUBLIC_STEP_SQL + ") as updated_at, "
            + "(select e.public_note from report_event e where e.report_id = r.id and " + GOVERNMENT_NOTES_SQL
            + " order by e.at desc, e.id desc fetch first 1 rows only) as latest_note, "
            + "(select min(p.id) from report_photo p where p.report_id = r.id and " + PUBLIC_PHOTO_SQL + ") as photo_id";
    private static final String LINE_COLUMNS = "r.ticket, r.kind, r.category_code, r.description, c.stage as status, c.late, "
            + "c.agency_code, r.submitted_at, c.due_at, r.district_code, r.village_code, r.latitude, r.longitude, "
            + "r.me_too, r.reroute_requested, c.assignee, " + Light.SQL + " as light";
    /** A report with its case, for the lists. */
    private static final String FROM = " from report r join work_case c on c.id = r.case_id ";

    private final ReportWorkflow workflow;
    private final ReportStore store;
    private final ReportPins pins;
    private final ReportPhotos photos;
    private final CategoryQuestions questions;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportViews(ReportWorkflow workflow, ReportStore store, ReportPins pins, ReportPhotos photos,
            CategoryQuestions questions, JdbcClient jdbc, Clock clock) {
        this.workflow = workflow;
        this.store = store;
        this.pins = pins;
        this.photos = photos;
        this.questions = questions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The reporters of the duplicates merged into a report, who keep being told of its progress. */
    @Transactional(readOnly = true)
    public List<MergedReporter> mergedReporters(String ticket) {
        return store.mergedReporters(ticket);
    }

    /** The public view; a confidential report answers only with its PIN, and otherwise exactly like an unknown ticket. */
    @Transactional(readOnly = true)
    public PublicReport publicView(String ticket, String pin) {
        return tracked(ticket, pin).report();
    }

    /**
     * What the tracking page shows for a ticket and an optional PIN, with the PIN checked once: the public view and
     * whether the PIN is the reporter's. A confidential report without its PIN answers exactly like an unknown
     * ticket; a PIN is counted against guessing whether or not the ticket exists.
     *
     * @throws TooManyPinAttemptsException when too many wrong PINs were given for the ticket or from this client
     */
    @Transactional(readOnly = true)
    public Tracked tracked(String ticket, String pin) {
        Report r = workflow.loadForReporter(ticket, pin);
        boolean reporter = pins.matches(r, pin);
        if (r.content().confidential() && !reporter) {
            throw new NotFoundException("No report with ticket " + ticket);
        }
        return new Tracked(publicOf(r, store.timeline(r.id()), photos.of(r.id())), reporter,
                reporter ? r.content().address() : null);
    }

    /** The public view of a report for someone entitled to it (its reporter, or anyone when it is not confidential). */
    PublicReport viewOf(Report r) {
        return publicOf(r, store.timeline(r.id()), photos.of(r.id()));
    }

    /** Whether this PIN is the reporter's PIN of the ticket, which alone lets them confirm, reopen or answer. */
    @Transactional(readOnly = true)
    public boolean reporterAccess(String ticket, String pin) {
        return tracked(ticket, pin).reporterAccess();
    }

    /**
     * The staff view, for the command centre, leaders, administrators and the agency the report is with. A
     * confidential report's content (description, place, photos, notes, reporter) is shown only to the command
     * centre and the agency it is with; leaders and administrators see its ticket, category, agency, status, light
     * and deadlines, as the brief allows no one else to read it (decision 53).
     */
    @Transactional(readOnly = true)
    public StaffReport staffView(String ticket, StaffMember viewer) {
        Report r = workflow.load(ticket);
        if (viewer.role().boundToAgency() && !viewer.worksFor(r.agencyCode())) {
            throw new ReportRefused(ReportRefused.Kind.NOT_ALLOWED, "This report is not with your agency");
        }
        NewReport c = r.content();
        if (c.confidential() && !mayReadConfidential(viewer, r)) {
            PublicReport outline = publicOf(r, List.of(), List.of());
            PublicReport withheld = new PublicReport(outline.ticket(), outline.kind(), outline.categoryCode(), null,
                    outline.status(), outline.light(), outline.late(), outline.responsible(), outline.dueAt(),
                    outline.submittedAt(), outline.districtCode(), null, null, null, outline.meToo(), false,
                    outline.reopenUntil(), null, List.of(), List.of());
            return new StaffReport(withheld, r.channel(), null, c.anonymous(), true, null, null, null, r.assignee(),
                    r.rerouteRequested(), r.completionTargetAt(), List.of(), List.of(), List.of(), true);
        }
        boolean identityVisible = !c.anonymous() || viewer.role() == Role.COMMAND_CENTER;
        List<TimelineEntry> timeline = store.timeline(r.id());
        List<ReportPhotos.Row> photoRows = photos.of(r.id());
        return new StaffReport(publicOf(r, timeline, photoRows), r.channel(), c.address(), c.anonymous(), c.confidential(),
                identityVisible ? c.reporterName() : null, identityVisible ? c.reporterPhone() : null,
                identityVisible ? c.reporterEmail() : null, r.assignee(), r.rerouteRequested(), r.completionTargetAt(),
                timeline, photoRows.stream().map(ReportPhotos.Row::toPhoto).toList(),
                questions.answersOf(r.id(), c.categoryCode()), false);
    }

    /** Who may read a confidential report's content: the command centre and the agency the report is with. */
    static boolean mayReadConfidential(StaffMember viewer, Report r) {
        return viewer != null && (viewer.role() == Role.COMMAND_CENTER || viewer.worksFor(r.agencyCode()));
    }

    /** The command centre's queue: reports to verify or to re-route, oldest first. */
    @Transactional(readOnly = true)
    public List<ReportLine> commandCentreQueue(int limit) {
        return lines("where c.stage in ('SUBMITTED','NEEDS_INFO') or (r.reroute_requested = true and c.stage in ('ROUTED','REOPENED')) "
                + "order by r.submitted_at limit :limit", Map.of("limit", limit));
    }

    /** An agency's open reports, those with the nearest deadline first. */
    @Transactional(readOnly = true)
    public List<ReportLine> agencyInbox(String agencyCode, int limit) {
        return lines("where c.agency_code = :agency and c.stage in ('ROUTED','REOPENED','FOLLOWED_UP','IN_PROGRESS','COMPLETED') "
                + "order by case when c.due_at is null then 1 else 0 end, c.due_at, r.submitted_at limit :limit",
                Map.of("agency", agencyCode, "limit", limit));
    }

    /** Non-confidential reports for the public list and map, newest first, with optional filters. */
    @Transactional(readOnly = true)
    public List<ReportLine> publicList(PublicFilter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder("where r.confidential = false");
        Map<String, Object> params = new HashMap<>();
        if (filter.categoryCode() != null) {
            where.append(" and r.category_code = :category");
            params.put("category", filter.categoryCode());
        }
        if (filter.districtCode() != null) {
            where.append(" and r.district_code = :district");
            params.put("district", filter.districtCode());
        }
        if (filter.agencyCode() != null) {
            where.append(" and c.agency_code = :agency");
            params.put("agency", filter.agencyCode());
        }
        if (filter.status() != null) {
            where.append(" and c.stage = :status");
            params.put("status", filter.status().name());
        }
        if (filter.light() != null) {
            where.append(" and ").append(Light.SQL).append(" = :light");
            params.put("light", filter.light().name());
        }
        where.append(" order by r.submitted_at desc limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return lines(where.toString(), params);
    }

    /** Open reports of the same category near this one (within 200 m or in the same village) from the last 30 days. */
    @Transactional(readOnly = true)
    public List<ReportLine> likelyDuplicates(String ticket) {
        Report r = workflow.load(ticket);
        Instant since = r.submittedAt().minus(Duration.ofDays(30));
        List<ReportLine> candidates = lines("where r.category_code = :category and r.ticket <> :ticket "
                + "and c.stage not in ('CLOSED','REJECTED') and r.submitted_at >= :since "
                + "and (r.village_code = :village or (r.latitude is not null and r.latitude between :latMin and :latMax "
                + "and r.longitude between :lonMin and :lonMax)) order by r.submitted_at limit 20",
                duplicateParams(r, since));
        List<ReportLine> near = new ArrayList<>();
        for (ReportLine line : candidates) {
            boolean sameVillage = r.content().villageCode() != null && r.content().villageCode().equals(line.villageCode());
            boolean close = r.content().latitude() != null && line.latitude() != null
                    && metres(r.content().latitude(), r.content().longitude(), line.latitude(), line.longitude()) <= 200;
            if (sameVillage || close) {
                near.add(line);
            }
        }
        return near;
    }

    /**
     * Open reports the government owes a step on (red first, then yellow, oldest deadline first), confidential
     * ones included, for staff drill-downs; optionally only one agency's or one district's.
     */
    @Transactional(readOnly = true)
    public List<ReportLine> waitingOnGovernment(String agencyCode, String districtCode, int limit) {
        StringBuilder where = new StringBuilder("where c.stage in ('SUBMITTED','ROUTED','REOPENED','NEEDS_INFO')");
        Map<String, Object> params = new HashMap<>();
        if (agencyCode != null) {
            where.append(" and c.agency_code = :agency and c.stage in ('ROUTED','REOPENED')");
            params.put("agency", agencyCode);
        }
        if (districtCode != null) {
            where.append(" and r.district_code = :district");
            params.put("district", districtCode);
        }
        where.append(" order by case when c.due_at < :now then 0 else 1 end, c.due_at, r.submitted_at limit :limit");
        params.put("limit", limit);
        return lines(where.toString(), params);
    }

    /**
     * Non-confidential reports in brief for outside systems, newest first, at most {@code limit}: all filters of the
     * query apply together, and {@code null} means any.
     */
    @Transactional(readOnly = true)
    public List<ReportDigest> digests(DigestQuery query, int limit) {
        StringBuilder where = new StringBuilder("where r.confidential = false");
        Map<String, Object> params = new HashMap<>();
        if (query.tickets() != null) {
            if (query.tickets().isEmpty()) {
                return List.of();
            }
            where.append(" and r.ticket in (:tickets)");
            params.put("tickets", query.tickets());
        }
        if (query.categoryCodes() != null) {
            if (query.categoryCodes().isEmpty()) {
                return List.of();
            }
            where.append(" and r.category_code in (:categories)");
            params.put("categories", query.categoryCodes());
        }
        if (query.statuses() != null) {
            if (query.statuses().isEmpty()) {
                return List.of();
            }
            where.append(" and c.stage in (:statuses)");
            params.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (query.submittedFrom() != null) {
            where.append(" and r.submitted_at >= :from");
            params.put("from", ReportStore.utc(query.submittedFrom()));
        }
        if (query.submittedTo() != null) {
            where.append(" and r.submitted_at <= :to");
            params.put("to", ReportStore.utc(query.submittedTo()));
        }
        params.put("limit", limit);
        return jdbc.sql("select " + DIGEST_COLUMNS + FROM + where + " order by r.submitted_at desc, r.id desc limit :limit")
                .params(params)
                .query((rs, n) -> new ReportDigest(rs.getString("ticket"), rs.getString("category_code"),
                        rs.getString("description"), ReportStatus.valueOf(rs.getString("status")), rs.getString("agency_code"),
                        ReportStore.instant(rs, "submitted_at"), ReportStore.instant(rs, "updated_at"),
                        ReportStore.instant(rs, "due_at"), rs.getString("district_code"), rs.getString("village_code"),
                        decimal(rs, "latitude"), decimal(rs, "longitude"), rs.getString("latest_note"), id(rs, "photo_id")))
                .list();
    }

    /**
     * The public steps of non-confidential reports after their submission (what their tracking pages show), oldest
     * first, at most {@code limit}: those of the named reports, or those taken in a period; {@code null} means any.
     */
    @Transactional(readOnly = true)
    public List<PublicUpdate> publicUpdates(UpdateQuery query, int limit) {
        StringBuilder where = new StringBuilder("where r.confidential = false and e.action <> 'SUBMITTED' and " + PUBLIC_STEP_SQL);
        Map<String, Object> params = new HashMap<>();
        if (query.tickets() != null) {
            if (query.tickets().isEmpty()) {
                return List.of();
            }
            where.append(" and r.ticket in (:tickets)");
            params.put("tickets", query.tickets());
        }
        if (query.from() != null) {
            where.append(" and e.at >= :from");
            params.put("from", ReportStore.utc(query.from()));
        }
        if (query.to() != null) {
            where.append(" and e.at <= :to");
            params.put("to", ReportStore.utc(query.to()));
        }
        params.put("limit", limit);
        return jdbc.sql("select e.id, r.ticket, e.at, e.action, e.status, e.public_note, "
                        + "(select min(p.id) from report_photo p where p.event_id = e.id) as photo_id "
                        + "from report_event e join report r on r.id = e.report_id " + where
                        + " order by e.at, e.id limit :limit")
                .params(params)
                .query((rs, n) -> new PublicUpdate(rs.getLong("id"), rs.getString("ticket"), ReportStore.instant(rs, "at"),
                        rs.getString("action"), ReportStatus.valueOf(rs.getString("status")), rs.getString("public_note"),
                        id(rs, "photo_id")))
                .list();
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Long id(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    List<ReportLine> lines(String tail, Map<String, ?> params) {
        return jdbc.sql("select " + LINE_COLUMNS + FROM + tail)
                .params(params)
                .param("now", ReportStore.utc(clock.instant()))
                .query(ReportViews::line)
                .list();
    }

    private PublicReport publicOf(Report r, List<TimelineEntry> timeline, List<ReportPhotos.Row> photoRows) {
        Instant now = clock.instant();
        List<PublicReport.Step> steps = timeline.stream()
                .filter(ReportViews::isPublic)
                .map(e -> new PublicReport.Step(e.at(), e.action(), e.status(), e.publicNote()))
                .toList();
        Responsible.Type waitingOn = r.status().waitingOn();
        Responsible responsible = waitingOn == Responsible.Type.COMMAND_CENTER ? new Responsible(waitingOn, null)
                : r.agencyCode() != null ? new Responsible(Responsible.Type.AGENCY, r.agencyCode())
                : new Responsible(Responsible.Type.COMMAND_CENTER, null);
        boolean canRespond = r.status() == ReportStatus.COMPLETED && (r.closeDueAt() == null || !now.isAfter(r.closeDueAt()));
        NewReport c = r.content();
        return new PublicReport(r.ticket().value(), c.kind(), c.categoryCode(), c.description(), r.status(), r.light(now),
                r.late(), responsible, r.dueAt(), r.submittedAt(), c.districtCode(), c.villageCode(), c.latitude(),
                c.longitude(), r.meToo(), canRespond, r.closeDueAt(), publicMergeTarget(r), steps,
                photoRows.stream().filter(ReportPhotos.Row::visibleToPublic).map(ReportPhotos.Row::toPhoto).toList());
    }

    /** The ticket a duplicate was merged into, unless that report is confidential: its ticket is not for the public. */
    private String publicMergeTarget(Report r) {
        if (r.mergedInto() == null) {
            return null;
        }
        return TicketNumber.parse(r.mergedInto()).flatMap(store::find)
                .filter(target -> !target.content().confidential())
                .map(target -> target.ticket().value())
                .orElse(null);
    }

    /** Whether the public sees this step: not an internal one, and not a follow-up written for staff only. */
    private static boolean isPublic(TimelineEntry e) {
        return !INTERNAL_ACTIONS.contains(e.action())
                && !("FOLLOWED_UP".equals(e.action()) && e.publicNote() == null && e.internalNote() != null);
    }

    private static Map<String, Object> duplicateParams(Report r, Instant since) {
        double lat = r.content().latitude() == null ? 0 : r.content().latitude();
        double lon = r.content().longitude() == null ? 0 : r.content().longitude();
        double latDelta = r.content().latitude() == null ? -1 : 0.002;
        double lonDelta = r.content().latitude() == null ? -1 : 0.002;
        Map<String, Object> params = new HashMap<>();
        params.put("category", r.content().categoryCode());
        params.put("ticket", r.ticket().value());
        params.put("since", ReportStore.utc(since));
        params.put("village", r.content().villageCode() == null ? "-" : r.content().villageCode());
        params.put("latMin", lat - latDelta);
        params.put("latMax", lat + latDelta);
        params.put("lonMin", lon - lonDelta);
        params.put("lonMax", lon + lonDelta);
        return params;
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6_371_000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private static ReportLine line(ResultSet rs, int row) throws SQLException {
        double lat = rs.getDouble("latitude");
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("longitude");
        Double longitude = rs.wasNull() ? null : lon;
        return new ReportLine(rs.getString("ticket"), ReportKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
                rs.getString("description"), ReportStatus.valueOf(rs.getString("status")), Light.valueOf(rs.getString("light")),
                rs.getBoolean("late"), rs.getString("agency_code"), ReportStore.instant(rs, "submitted_at"),
                ReportStore.instant(rs, "due_at"), rs.getString("district_code"), rs.getString("village_code"), latitude,
                longitude, rs.getInt("me_too"), rs.getBoolean("reroute_requested"), rs.getString("assignee"));
    }

    /** A tracked report and whether the PIN given with it was the reporter's. */
    /** The public view, whether the PIN was the reporter's, and for the reporter only the landmark they typed. */
    public record Tracked(PublicReport report, boolean reporterAccess, String landmark) {
    }

    /** Which reports {@link #digests} answers with; {@code null} means any. */
    public record DigestQuery(List<String> tickets, Set<String> categoryCodes, Set<ReportStatus> statuses,
            Instant submittedFrom, Instant submittedTo) {
    }

    /** Which steps {@link #publicUpdates} answers with: of these reports, in this period; {@code null} means any. */
    public record UpdateQuery(List<String> tickets, Instant from, Instant to) {
    }

    /** Filters of the public list; {@code null} means any. */
    public record PublicFilter(String categoryCode, String districtCode, String agencyCode, ReportStatus status, Light light) {
    }
}
