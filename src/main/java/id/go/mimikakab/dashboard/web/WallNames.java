package id.go.mimikakab.dashboard.web;

import java.util.HashMap;
import java.util.Map;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.region.District;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;

import org.springframework.stereotype.Component;

/** The names behind the codes on the wall (categories, districts, agencies), read once per page or per batch of events. */
@Component
class WallNames {

    private final ReportCategories categories;
    private final AgencyDirectory agencies;
    private final RegionCatalog regions;

    WallNames(ReportCategories categories, AgencyDirectory agencies, RegionCatalog regions) {
        this.categories = categories;
        this.agencies = agencies;
        this.regions = regions;
    }

    Names load() {
        Map<String, String> categoryNames = new HashMap<>();
        for (ReportCategory c : categories.all()) {
            categoryNames.put(c.code(), c.name());
        }
        Map<String, String> agencyNames = new HashMap<>();
        for (Agency a : agencies.all()) {
            agencyNames.put(a.code(), a.shortName());
        }
        Map<String, String> districtNames = new HashMap<>();
        for (District d : regions.districts()) {
            districtNames.put(d.code(), d.name());
        }
        return new Names(categoryNames, agencyNames, districtNames);
    }

    /** One snapshot of the names; an unknown code is shown as the code itself, a missing one as empty. */
    public record Names(Map<String, String> categories, Map<String, String> agencies, Map<String, String> districts) {

        public String category(String code) {
            return code == null ? "" : categories.getOrDefault(code, code);
        }

        public String agency(String code) {
            return code == null ? "" : agencies.getOrDefault(code, code);
        }

        public String district(String code) {
            return code == null ? "" : districts.getOrDefault(code, code);
        }
    }
}
