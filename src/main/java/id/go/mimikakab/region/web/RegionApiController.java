package id.go.mimikakab.region.web;

import java.util.List;

import id.go.mimikakab.region.District;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.VillageKind;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON lookups of districts and villages, used by forms, apps and outside systems. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

    private final RegionCatalog regions;

    RegionApiController(RegionCatalog regions) {
        this.regions = regions;
    }

    @GetMapping("/districts")
    List<DistrictJson> districts() {
        return regions.districts().stream().map(DistrictJson::of).toList();
    }

    @GetMapping("/districts/{code}/villages")
    List<VillageJson> villages(@PathVariable String code) {
        regions.district(code).orElseThrow(() -> new NotFoundException("No district with code '" + code + "'."));
        return regions.villagesOf(code).stream()
                .map(v -> new VillageJson(v.code(), v.name(), v.kind()))
                .toList();
    }

    record DistrictJson(String code, String name, int villageCount) {
        static DistrictJson of(District d) {
            return new DistrictJson(d.code(), d.name(), d.villageCount());
        }
    }

    record VillageJson(String code, String name, VillageKind kind) {
    }
}
