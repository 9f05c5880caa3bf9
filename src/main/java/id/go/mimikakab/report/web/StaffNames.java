package id.go.mimikakab.report.web;

import java.util.HashMap;
import java.util.Map;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.Village;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;

import org.springframework.stereotype.Component;

/** Gives staff screens the names behind codes (categories, regions, agencies), read once per page. */
@Component
class StaffNames {

    private final ReportCategories categories;
    private final AgencyDirectory agencies;
    private final RegionCatalog regions;

    StaffNames(ReportCategories categories, AgencyDirectory agencies, RegionCatalog regions) {
        this.categories = categories;
        this.agencies = agencies;
        this.regions = regions;
    }

    Names load() {
        Map<String, String> categoryNames = new HashMap<>();
        for (ReportCategory c : categories.all()) {
            categoryNames.put(c.code(), c.name());
        }
        Map<String, Agency> agencyByCode = new HashMap<>();
        for (Agency a : agencies.all()) {
            agencyByCode.put(a.code(), a);
        }
        return new Names(categoryNames, agencyByCode, regions);
    }

    /** The names of one page; an unknown code is shown as the code itself. */
    public record Names(Map<String, String> categories, Map<String, Agency> agencies, RegionCatalog regions) {

        public String category(String code) {
            return code == null ? "" : categories.getOrDefault(code, code);
        }

        public String agency(String code) {
            Agency a = code == null ? null : agencies.get(code);
            return a == null ? (code == null ? "" : code) : a.shortName();
        }

        public String agencyFull(String code) {
            Agency a = code == null ? null : agencies.get(code);
            return a == null ? (code == null ? "" : code) : a.name();
        }

        public String district(String code) {
            return code == null ? "" : regions.district(code).map(d -> d.name()).orElse(code);
        }

        public String village(String code) {
            return code == null ? "" : regions.village(code).map(Village::name).orElse(code);
        }
    }
}
