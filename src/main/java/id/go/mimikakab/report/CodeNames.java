package id.go.mimikakab.report;

import java.util.HashMap;
import java.util.Map;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.region.District;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.Village;

import org.springframework.stereotype.Component;

/**
 * The names behind the codes that staff screens and the wall show (categories, agencies, districts, villages), read
 * once per page or per batch of the wall's events.
 */
@Component
public class CodeNames {

    private final ReportCategories categories;
    private final AgencyDirectory agencies;
    private final RegionCatalog regions;

    CodeNames(ReportCategories categories, AgencyDirectory agencies, RegionCatalog regions) {
        this.categories = categories;
        this.agencies = agencies;
        this.regions = regions;
    }

    public Names load() {
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

    /** One snapshot of the names; an unknown code is shown as the code itself, a missing one as empty. */
    public record Names(Map<String, String> categories, Map<String, Agency> agencies, RegionCatalog regions) {

        public String category(String code) {
            return code == null ? "" : categories.getOrDefault(code, code);
        }

        /** The agency's short name (PUPR, Dinkes). */
        public String agency(String code) {
            Agency a = code == null ? null : agencies.get(code);
            return a == null ? (code == null ? "" : code) : a.shortName();
        }

        /** The agency's full name. */
        public String agencyFull(String code) {
            Agency a = code == null ? null : agencies.get(code);
            return a == null ? (code == null ? "" : code) : a.name();
        }

        public String district(String code) {
            return code == null ? "" : regions.district(code).map(District::name).orElse(code);
        }

        public String village(String code) {
            return code == null ? "" : regions.village(code).map(Village::name).orElse(code);
        }
    }
}
