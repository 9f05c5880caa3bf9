package id.go.mimikakab.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import id.go.mimikakab.dashboard.AgencyStanding;
import id.go.mimikakab.dashboard.DistrictStanding;
import id.go.mimikakab.dashboard.SharedFigures;
import id.go.mimikakab.system.InvalidParameterException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public aggregate statistics: per agency, per district and the weekly trend; counts only, no case details. */
@RestController
@RequestMapping("/api/v1/stats")
class StatsApiController {

    private final SharedFigures shared;

    StatsApiController(SharedFigures shared) {
        this.shared = shared;
    }

    @GetMapping("/agencies")
    List<AgencyJson> agencies() {
        return shared.standings().agencies().stream().map(AgencyJson::of).toList();
    }

    @GetMapping("/districts")
    List<DistrictJson> districts() {
        return shared.standings().districts().stream().map(DistrictJson::of).toList();
    }

    @GetMapping("/trend")
    List<WeekJson> trend(@RequestParam(defaultValue = "12") int weeks) {
        if (weeks < 1 || weeks > SharedFigures.MAX_TREND_WEEKS) {
            throw new InvalidParameterException("weeks", "Parameter 'weeks' must be between 1 and " + SharedFigures.MAX_TREND_WEEKS + ".");
        }
        return shared.regencyTrend(weeks).stream()
                .map(w -> new WeekJson(w.weekStart(), w.received(), w.followedUp(), w.followedUpOnTime(), w.onTimeRate()))
                .toList();
    }

    record AgencyJson(String agencyCode, long red, long yellow, long green, Double onTimeRate,
            Double medianFollowUpWorkingDays) {
        static AgencyJson of(AgencyStanding a) {
            return new AgencyJson(a.agencyCode(), a.red(), a.yellow(), a.green(), a.onTimeRate(), a.medianFollowUpWorkingDays());
        }
    }

    record DistrictJson(String districtCode, String name, long red, long yellow, long green, long open) {
        static DistrictJson of(DistrictStanding d) {
            return new DistrictJson(d.districtCode(), d.districtName(), d.red(), d.yellow(), d.green(), d.open());
        }
    }

    record WeekJson(LocalDate weekStart, long received, long followedUp, long followedUpOnTime, Double onTimeRate) {
    }
}
