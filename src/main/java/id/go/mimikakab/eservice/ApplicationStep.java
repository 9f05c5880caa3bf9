package id.go.mimikakab.eservice;

import java.time.Instant;
import java.util.Map;

/**
 * One step in an application's timeline: when, who (a username, {@code warga:<id>} or {@code sistem}), the action,
 * the status it led to, the note left (reason, legal basis), whether it was taken after its deadline, and for a
 * return the reason per field or document.
 */
public record ApplicationStep(Instant at, String actor, String action, ApplicationStatus status, String note, boolean late,
        Map<String, String> corrections) {

    public ApplicationStep {
        corrections = corrections == null ? Map.of() : Map.copyOf(corrections);
    }
}
