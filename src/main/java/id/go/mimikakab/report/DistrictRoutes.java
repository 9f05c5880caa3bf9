package id.go.mimikakab.report;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists the districts where a category goes to another agency than its default; changes go through {@link SlaPolicies}. */
@Component
public class DistrictRoutes {

    private final JdbcClient jdbc;

    DistrictRoutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<DistrictRoute> all() {
        return jdbc.sql("select category_code, district_code, agency_code from district_route order by category_code, district_code")
                .query((rs, n) -> new DistrictRoute(rs.getString("category_code"), rs.getString("district_code"),
                        rs.getString("agency_code")))
                .list();
    }

    /** One override: reports of this category from this district go to this agency. */
    public record DistrictRoute(String categoryCode, String districtCode, String agencyCode) {
    }
}
