package id.go.mimikakab.region;

/** A kampung or kelurahan, e.g. {@code 94.04.10.2004} T'Singa, inside the district with {@code districtCode}. */
public record Village(String code, String name, VillageKind kind, String districtCode) {
}
