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
    private final Map<String, Centroid> centroids;

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
        this.centroids = jdbc.sql("select code, latitude, longitude from region where latitude is not null and longitude is not null")
                .query((rs, n) -> Map.entry(rs.getString("code"),
                        new Centroid(rs.getBigDecimal("latitude").doubleValue(), rs.getBigDecimal("longitude").doubleValue())))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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

    /**
     * Where a map draws a report placed only by region: the village's centre if known, otherwise its district's;
     * empty when neither is known.
     */
    public Optional<Centroid> centroidOf(String districtCode, String villageCode) {
        Centroid village = villageCode == null ? null : centroids.get(villageCode);
        if (village != null) {
            return Optional.of(village);
        }
        String district = districtCode != null ? districtCode
                : village(villageCode).map(Village::districtCode).orElse(null);
        return Optional.ofNullable(district == null ? null : centroids.get(district));
    }

    /** The region's own approximate centre, without falling back to its district's; empty while it has none. */
    public Optional<Centroid> ownCentroid(String code) {
        return Optional.ofNullable(code == null ? null : centroids.get(code));
    }

    /**
     * The district whose centre is nearest to a point, and within it the village whose centre is nearest (when
     * villages have centres): a guess from the regency's approximate centres, for the citizen to check, not a
     * lookup in boundaries.
     */
    public Optional<Placed> nearest(double latitude, double longitude) {
        Optional<District> district = districts.stream()
                .filter(d -> centroids.containsKey(d.code()))
                .min(Comparator.comparingDouble(d -> centroids.get(d.code()).kilometresTo(latitude, longitude)));
        return district.map(d -> new Placed(d, villagesOf(d.code()).stream()
                .filter(v -> centroids.containsKey(v.code()))
                .min(Comparator.comparingDouble(v -> centroids.get(v.code()).kilometresTo(latitude, longitude)))
                .orElse(null)));
    }

    /** A district guessed from a point, with its nearest village if one could be guessed (otherwise null). */
    public record Placed(District district, Village village) {
    }
}
