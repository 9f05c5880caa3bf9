package id.go.mimikakab.region;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks up Mimika's districts and villages. The region codes are fixed reference data loaded by
 * migration, so they are read once and kept in memory.
 */
@Component
public class RegionCatalog {

    private final List<District> districts;
    private final Map<String, District> districtsByCode;
    private final Map<String, List<Village>> villagesByDistrict;
    private final Map<String, Village> villagesByCode;

    RegionCatalog(JdbcClient jdbc) {
        List<Village> villages = jdbc.sql("""
                        select code, name, village_kind, parent_code from region
                        where level = 'VILLAGE' order by code""")
                .query((rs, n) -> new Village(rs.getString("code"), rs.getString("name"),
                        VillageKind.valueOf(rs.getString("village_kind")), rs.getString("parent_code")))
                .list();
        this.villagesByDistrict = villages.stream().collect(Collectors.groupingBy(Village::districtCode));
        this.villagesByCode = villages.stream().collect(Collectors.toMap(Village::code, Function.identity()));
        this.districts = jdbc.sql("select code, name from region where level = 'DISTRICT' order by code")
                .query((rs, n) -> new District(rs.getString("code"), rs.getString("name"),
                        villagesByDistrict.getOrDefault(rs.getString("code"), List.of()).size()))
                .list();
        this.districtsByCode = districts.stream().collect(Collectors.toMap(District::code, Function.identity()));
    }

    /** All districts in code order. */
    public List<District> districts() {
        return districts;
    }

    public Optional<District> district(String code) {
        return Optional.ofNullable(districtsByCode.get(code));
    }

    /** The villages of one district, by name; empty for an unknown district. */
    public List<Village> villagesOf(String districtCode) {
        return villagesByDistrict.getOrDefault(districtCode, List.of()).stream()
                .sorted(Comparator.comparing(Village::name))
                .toList();
    }

    public Optional<Village> village(String code) {
        return Optional.ofNullable(villagesByCode.get(code));
    }
}
