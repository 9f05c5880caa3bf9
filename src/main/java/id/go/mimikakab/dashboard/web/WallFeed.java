package id.go.mimikakab.dashboard.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.dashboard.DistrictStanding;
import id.go.mimikakab.dashboard.PerformanceFigures;
import id.go.mimikakab.dashboard.Standings;
import id.go.mimikakab.dashboard.web.WallQueries.WallEvent;
import id.go.mimikakab.report.CodeNames;
import id.go.mimikakab.report.ReportEvent;
import id.go.mimikakab.system.AfterCommit;
import id.go.mimikakab.system.Wit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The wall's live feed over server-sent events. The database is the source: every second this node reads the
 * {@code report_event} rows above the last id it saw and sends them to its own subscribers, so a report taken by
 * any node reaches every wall; a {@link ReportEvent} committed on this node triggers the same read at once.
 * Each event's SSE id is its {@code report_event} id, so a reconnecting browser's {@code Last-Event-ID} replays
 * what it missed. Ids are handed out before commit, so a lower id can become visible after a higher one: ids
 * skipped by a read are asked for again for {@link #GAP_WAIT} before they are given up (a rolled-back insert).
 */
@Component
class WallFeed implements SmartLifecycle {

    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(15);
    static final Duration GAP_WAIT = Duration.ofSeconds(10);
    /** A browser reconnects by itself after this; the wall screen stays open for days. */
    static final Duration EMITTER_TIMEOUT = Duration.ofMinutes(30);
    static final int BATCH = 500;
    static final int REPLAY_LIMIT = 1000;
    private static final int MAX_GAP = 1000;
    private static final Logger log = LoggerFactory.getLogger(WallFeed.class);

    private final WallQueries queries;
    private final CodeNames names;
    private final PerformanceFigures figures;
    private final MessageSource messages;
    private final boolean scheduling;

    private final Object lock = new Object();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Map<Long, Long> missingSince = new HashMap<>();
    private final AtomicBoolean pollQueued = new AtomicBoolean();
    private long lastSeen = -1;
    private long lastHeartbeat = System.nanoTime();
    private volatile ScheduledExecutorService executor;

    WallFeed(WallQueries queries, CodeNames names, PerformanceFigures figures, MessageSource messages,
            @Value("${mimika.scheduling.enabled:true}") boolean scheduling) {
        this.queries = queries;
        this.names = names;
        this.figures = figures;
        this.messages = messages;
        this.scheduling = scheduling;
    }

    /**
     * Opens a stream for one wall screen; with {@code after} (the last event id the screen has) it first replays the
     * events since then, at most {@link #REPLAY_LIMIT}; without it the stream starts with the next event.
     */
    SseEmitter subscribe(Viewer viewer, Long after) {
        SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT.toMillis());
        synchronized (lock) {
            long seen = lastSeen();
            Subscriber subscriber = new Subscriber(emitter, viewer, after != null ? seen : Math.max(seen, queries.lastEventId()));
            emitter.onCompletion(() -> subscribers.remove(subscriber));
            emitter.onTimeout(() -> subscribers.remove(subscriber));
            emitter.onError(e -> subscribers.remove(subscriber));
            try {
                emitter.send(SseEmitter.event().reconnectTime(2000).comment("connected"));
                if (after != null && after < seen) {
                    List<WallEvent> missed = queries.eventsAfter(after, Set.of(), REPLAY_LIMIT).stream()
                            .filter(e -> e.id() <= seen)
                            .toList();
                    Batch batch = batch(missed, false);
                    for (WallEvent event : missed) {
                        subscriber.send(event, batch);
                    }
                }
            } catch (IOException e) {
                emitter.completeWithError(e);
                return emitter;
            }
            subscribers.add(subscriber);
        }
        return emitter;
    }

    /**
     * Reads the events this node has not sent yet and sends them to its subscribers, with the new totals; sends a
     * heartbeat comment when one is due. With no screen open it only moves on to the newest event, so that a burst
     * nobody watched (the demo history, an import) is neither read nor queued for the next screen. Runs every second
     * and after each local change; tests call it by hand.
     */
    void poll() {
        synchronized (lock) {
            if (subscribers.isEmpty()) {
                lastSeen = queries.lastEventId();
                missingSince.clear();
                return;
            }
            long seen = lastSeen();
            List<WallEvent> events = queries.eventsAfter(seen, missingSince.keySet(), BATCH);
            long now = System.nanoTime();
            for (WallEvent event : events) {
                if (missingSince.remove(event.id()) == null && event.id() > lastSeen) {
                    if (event.id() - lastSeen <= MAX_GAP) {
                        for (long id = lastSeen + 1; id < event.id(); id++) {
                            missingSince.put(id, now);
                        }
                    }
                    lastSeen = event.id();
                }
            }
            missingSince.values().removeIf(since -> now - since > GAP_WAIT.toNanos());
            if (!events.isEmpty() && !subscribers.isEmpty()) {
                Batch batch = batch(events, true);
                for (Subscriber subscriber : subscribers) {
                    try {
                        for (WallEvent event : events) {
                            if (event.id() > subscriber.startedAfter()) {
                                subscriber.send(event, batch);
                            }
                        }
                        subscriber.sendFigures(batch);
                    } catch (IOException | IllegalStateException e) {
                        drop(subscriber, e);
                    }
                }
            }
            if (now - lastHeartbeat >= HEARTBEAT_INTERVAL.toNanos()) {
                heartbeat();
                lastHeartbeat = now;
            }
        }
    }

    /** How many screens this node is streaming to. */
    int subscriberCount() {
        return subscribers.size();
    }

    /**
     * A change on this node makes the feed look at once, once it has committed, instead of at the next poll. A plain
     * listener with a synchronization rather than a transactional event listener: it is only a nudge, which the
     * event publication registry must not store (the poll finds every change anyway).
     */
    @EventListener
    void reportChanged(ReportEvent event) {
        if (executor != null && !subscribers.isEmpty()) {
            AfterCommit.run(this::pollSoon);
        }
    }

    private void pollSoon() {
        ScheduledExecutorService running = executor;
        if (running != null && pollQueued.compareAndSet(false, true)) {
            running.execute(this::queuedPoll);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "wall-feed");
            thread.setDaemon(true);
            return thread;
        });
        if (scheduling) {
            started.scheduleWithFixedDelay(this::safePoll, POLL_INTERVAL.toMillis(), POLL_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        executor = started;
    }

    /** Ends every stream first, so that open wall screens do not hold up a graceful shutdown; they reconnect elsewhere. */
    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
        for (Subscriber subscriber : subscribers) {
            subscriber.emitter().complete();
        }
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void queuedPoll() {
        pollQueued.set(false);
        safePoll();
    }

    private void safePoll() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Wall feed could not read new report events; it tries again in {}", POLL_INTERVAL, e);
        }
    }

    private long lastSeen() {
        if (lastSeen < 0) {
            lastSeen = queries.lastEventId();
        }
        return lastSeen;
    }

    private void heartbeat() {
        for (Subscriber subscriber : subscribers) {
            try {
                subscriber.emitter().send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | IllegalStateException e) {
                drop(subscriber, e);
            }
        }
    }

    private void drop(Subscriber subscriber, Exception cause) {
        subscribers.remove(subscriber);
        log.debug("Wall screen went away: {}", cause.toString());
        try {
            subscriber.emitter().complete();
        } catch (IllegalStateException alreadyDone) {
            log.trace("Stream already completed", alreadyDone);
        }
    }

    /** What one batch of events shares: names, routing suggestions and the new totals, each read once. */
    private Batch batch(List<WallEvent> events, boolean withFigures) {
        List<WallRow> rows = new ArrayList<>();
        for (WallEvent event : events) {
            rows.add(event.row());
        }
        return new Batch(names.load(), queries.suggestions(rows), withFigures ? figures.standings(CaseKind.REPORT) : null);
    }

    /** Who watches a stream: the language of their screen and whether they may route (the command centre). */
    record Viewer(Locale locale, boolean canRoute) {
    }

    private record Batch(CodeNames.Names names, Map<String, String> suggestions, Standings standings) {
    }

    private final class Subscriber {

        private final SseEmitter emitter;
        private final Viewer viewer;
        /** Events up to this id were there before the screen connected (or were replayed to it): not sent again. */
        private final long startedAfter;

        Subscriber(SseEmitter emitter, Viewer viewer, long startedAfter) {
            this.emitter = emitter;
            this.viewer = viewer;
            this.startedAfter = startedAfter;
        }

        SseEmitter emitter() {
            return emitter;
        }

        long startedAfter() {
            return startedAfter;
        }

        void send(WallEvent event, Batch batch) throws IOException {
            emitter.send(SseEmitter.event().id(Long.toString(event.id())).name("report")
                    .data(payload(event, batch), MediaType.APPLICATION_JSON));
        }

        void sendFigures(Batch batch) throws IOException {
            if (batch.standings() == null) {
                return;
            }
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("red", batch.standings().totals().red());
            totals.put("yellow", batch.standings().totals().yellow());
            totals.put("green", batch.standings().totals().green());
            totals.put("open", batch.standings().totals().open());
            List<Map<String, Object>> districts = new ArrayList<>();
            for (DistrictStanding d : batch.standings().districts()) {
                districts.add(Map.of("code", d.districtCode(), "open", d.open(), "red", d.red()));
            }
            emitter.send(SseEmitter.event().name("figures")
                    .data(Map.of("totals", totals, "districts", districts), MediaType.APPLICATION_JSON));
        }

        private Map<String, Object> payload(WallEvent event, Batch batch) {
            WallRow row = event.row();
            CodeNames.Names n = batch.names();
            WallDistrictCentroids.Point point = row.point();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", event.id());
            data.put("action", event.action());
            data.put("ticket", row.ticket());
            data.put("status", row.status().name());
            data.put("statusText", text("dash.status." + row.status().name()));
            data.put("light", row.light().name());
            data.put("lightText", text("dash.light." + row.light().name()));
            data.put("category", row.categoryCode());
            data.put("categoryName", n.category(row.categoryCode()));
            data.put("district", row.districtCode());
            data.put("districtName", n.district(row.districtCode()));
            data.put("agency", row.agencyCode());
            data.put("agencyName", n.agency(row.agencyCode()));
            data.put("submittedAt", row.submittedAt().toString());
            data.put("submittedAtMillis", row.submittedAt().toEpochMilli());
            data.put("receivedText", text("wall.received", dateTime(row.submittedAt(), viewer.locale())));
            data.put("excerpt", row.excerpt());
            data.put("description", row.description());
            data.put("open", row.open());
            data.put("lat", point.latitude());
            data.put("lon", point.longitude());
            data.put("approximate", row.approximate());
            String suggested = viewer.canRoute() ? batch.suggestions().get(row.ticket()) : null;
            if (suggested != null) {
                data.put("suggested", suggested);
                data.put("routeText", text("wall.routeTo", n.agency(suggested)));
            }
            return data;
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, viewer.locale());
        }
    }

    /** The time as the screens write it, e.g. "Sabtu, 28 November 2026, 10.30 WIT". */
    static String dateTime(Instant instant, Locale locale) {
        String time = "en".equals(locale.getLanguage()) ? "HH:mm" : "HH.mm";
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, " + time, locale).format(instant.atZone(Wit.ZONE)) + " WIT";
    }
}
