package id.go.mimikakab.region;

/** A distrik of Mimika, e.g. {@code 94.04.01} Mimika Baru. */
public record District(String code, String name, int villageCount) {
}
