package id.go.mimikakab.region;

/**
 * A point on the map inside Kabupaten Mimika: latitude 5.8° to 2.8° south and longitude 133.8° to 138.8° east, the
 * box around the regency's land and coast.
 */
public record Location(double latitude, double longitude) {

    /** Why a typed point is refused, in English for APIs. */
    public static final String RULE = "The map point must have both latitude and longitude, inside Mimika.";

    public Location {
        if (!inside(latitude, longitude)) {
            throw new IllegalArgumentException(RULE);
        }
    }

    /** Whether both coordinates are given and the point lies inside the regency. */
    public static boolean inside(Double latitude, Double longitude) {
        return latitude != null && longitude != null && latitude >= -5.8 && latitude <= -2.8 && longitude >= 133.8
                && longitude <= 138.8;
    }
}
