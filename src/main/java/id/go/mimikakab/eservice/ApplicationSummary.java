package id.go.mimikakab.eservice;

import java.time.Instant;

import id.go.mimikakab.casework.Light;

/** One application in a list: its number, service, status, light, current deadline, submission and lateness. */
public record ApplicationSummary(String reference, String serviceCode, String serviceName, String agencyCode,
        ApplicationStatus status, Light light, Instant dueAt, Instant submittedAt, boolean late) {
}
