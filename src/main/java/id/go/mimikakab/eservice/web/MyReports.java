package id.go.mimikakab.eservice.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import id.go.mimikakab.casework.CaseFiles;
import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.CitizenReports;

import org.springframework.stereotype.Component;

/** The reports a citizen sent while signed in, as "Akun saya" lists them: ticket, status, light, when, what. */
@Component
class MyReports {

    private final CitizenReports links;
    private final CaseFiles cases;
    private final Clock clock;

    MyReports(CitizenReports links, CaseFiles cases, Clock clock) {
        this.links = links;
        this.cases = cases;
        this.clock = clock;
    }

    /** One of the citizen's reports: the status is the report's own (its message keys are {@code citizen.status.*}). */
    record MyReport(String ticket, String status, Light light, Instant sentAt, String summary) {
    }

    List<MyReport> of(CitizenAccount citizen) {
        Instant now = clock.instant();
        return links.ticketsOf(citizen).stream().limit(100)
                .flatMap(ticket -> cases.find(CaseKind.REPORT, ticket).stream())
                .map(c -> new MyReport(c.reference(), c.stage(), c.light(now), c.openedAt(), c.summary()))
                .toList();
    }
}
