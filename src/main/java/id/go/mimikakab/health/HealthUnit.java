package id.go.mimikakab.health;

/** A health unit where citizens book visits; {@code confirmed} is false until Dinkes has checked its details. */
public record HealthUnit(String code, String name, HealthUnitKind kind, String districtCode, String villageCode,
        String address, boolean confirmed, boolean active) {
}
