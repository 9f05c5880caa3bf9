package id.go.mimikakab.dashboard;

/** One district's open cases by light. */
public record DistrictStanding(String districtCode, String districtName, long red, long yellow, long green, long open) {
}
