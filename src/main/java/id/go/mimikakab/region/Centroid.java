package id.go.mimikakab.region;

/**
 * The approximate centre of a district or village in degrees (WGS 84), where a map draws what is placed only by
 * region; never survey data.
 */
public record Centroid(double latitude, double longitude) {

    /** The distance in kilometres to a point, on a sphere (ample at the scale of a regency). */
    public double kilometresTo(double lat, double lon) {
        double p1 = Math.toRadians(latitude);
        double p2 = Math.toRadians(lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon - longitude);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
