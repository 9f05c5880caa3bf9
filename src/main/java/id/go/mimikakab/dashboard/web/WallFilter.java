package id.go.mimikakab.dashboard.web;

import java.util.Locale;

import id.go.mimikakab.casework.Light;

/**
 * The wall's GET filter form: period, category, district, agency, light and a search in tickets and descriptions.
 * Blank fields mean any; an unknown light is ignored rather than refused, as a typed URL should still show a page.
 */
public record WallFilter(String period, String category, String district, String agency, String light, String q) {

    static final int MAX_QUERY = 100;

    public WallFilter {
        period = WallPeriod.of(blankToNull(period)).param();
        category = blankToNull(category);
        district = blankToNull(district);
        agency = blankToNull(agency);
        light = lightOf(light) == null ? null : lightOf(light).name();
        q = blankToNull(q);
        if (q != null && q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
    }

    static WallFilter none() {
        return new WallFilter(null, null, null, null, null, null);
    }

    WallPeriod wallPeriod() {
        return WallPeriod.of(period);
    }

    Light wallLight() {
        return lightOf(light);
    }

    /** The search as a case-insensitive LIKE pattern with its wildcards escaped, or {@code null} for no search. */
    String likePattern() {
        if (q == null) {
            return null;
        }
        String escaped = q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static Light lightOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Light.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
