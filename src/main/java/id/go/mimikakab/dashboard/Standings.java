package id.go.mimikakab.dashboard;

import java.time.Instant;
import java.util.List;

/** Everything the leaders' first screen shows, taken from one consistent snapshot of the database at {@code at}. */
public record Standings(Instant at, Totals totals, List<AgencyStanding> agencies, List<DistrictStanding> districts) {
}
