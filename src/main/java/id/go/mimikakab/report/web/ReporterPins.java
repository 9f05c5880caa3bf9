package id.go.mimikakab.report.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

/**
 * The PINs a browser has shown to be the reporter's, kept in its HTTP session per ticket: given on the tracking
 * page, or received at submission from this browser. The session lives in the database, so this works on every
 * node; the PIN never goes into a URL, a log or the browser history.
 */
final class ReporterPins {

    static final String ATTRIBUTE = "citizen.reportPins";

    private ReporterPins() {
    }

    /** The PIN this session holds for the ticket, or {@code null}. */
    @SuppressWarnings("unchecked")
    static String of(HttpSession session, String ticket) {
        Object pins = session.getAttribute(ATTRIBUTE);
        return pins instanceof Map<?, ?> map ? ((Map<String, String>) map).get(ticket) : null;
    }

    @SuppressWarnings("unchecked")
    static void remember(HttpSession session, String ticket, String pin) {
        Object stored = session.getAttribute(ATTRIBUTE);
        HashMap<String, String> pins = stored instanceof HashMap<?, ?> map ? new HashMap<>((Map<String, String>) map) : new HashMap<>();
        pins.put(ticket, pin);
        // set again so that the JDBC session store sees the change
        session.setAttribute(ATTRIBUTE, pins);
    }
}
