package id.go.mimikakab.casework;

/** Where a case is, as far as it is known: district and village codes, and a map point in degrees. */
public record CasePlace(String districtCode, String villageCode, Double latitude, Double longitude) {

    /** A case without a place (an application filed at the counter, say). */
    public static final CasePlace NOWHERE = new CasePlace(null, null, null, null);
}
