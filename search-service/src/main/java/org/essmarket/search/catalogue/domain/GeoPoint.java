package org.essmarket.search.catalogue.domain;

/** A point on Earth in decimal degrees (WGS 84), as Elasticsearch's geo_point and our documents hold it. */
public record GeoPoint(double lat, double lon) {

    /** Mean Earth radius, the one Elasticsearch uses for distances. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude must be between -90 and 90");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude must be between -180 and 180");
        }
    }

    /**
     * Reads {@code "lat,lon"}, e.g. {@code "48.8566,2.3522"}.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not such a point
     */
    public static GeoPoint parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected latitude,longitude in decimal degrees, e.g. 48.8566,2.3522");
        }
        return new GeoPoint(number(parts[0]), number(parts[1]));
    }

    private static double number(String part) {
        String trimmed = part.trim();
        if (!trimmed.matches("[-+]?\\d{1,3}(\\.\\d{1,12})?")) {
            throw new IllegalArgumentException("expected latitude,longitude in decimal degrees, e.g. 48.8566,2.3522");
        }
        return Double.parseDouble(trimmed);
    }

    /** Great-circle distance (haversine) in kilometres. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
