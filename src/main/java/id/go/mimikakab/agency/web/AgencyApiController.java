package id.go.mimikakab.agency.web;

import java.util.List;

import id.go.mimikakab.agency.AgencyDirectory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON list of the agencies that currently receive work. */
@RestController
class AgencyApiController {

    private final AgencyDirectory agencies;

    AgencyApiController(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/api/v1/agencies")
    List<AgencyJson> agencies() {
        return agencies.active().stream().map(a -> new AgencyJson(a.code(), a.name(), a.shortName())).toList();
    }

    record AgencyJson(String code, String name, String shortName) {
    }
}
