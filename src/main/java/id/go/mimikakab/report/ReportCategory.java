package id.go.mimikakab.report;

/**
 * A category citizens choose when reporting, e.g. {@code JALAN} Jalan dan Jembatan, with the agency that
 * handles it by default and examples that help a citizen choose.
 */
public record ReportCategory(String code, String name, String defaultAgencyCode, String examples, boolean active,
        int sortOrder) {

    public ReportCategory {
        if (code == null || !code.matches("[A-Z0-9]{2,30}")) {
            throw new IllegalArgumentException("Category code must be 2 to 30 capital letters or digits: " + code);
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("Category name must be 1 to 120 characters");
        }
        if (defaultAgencyCode == null || defaultAgencyCode.isBlank()) {
            throw new IllegalArgumentException("A category needs a default agency");
        }
        name = name.strip();
        examples = examples == null || examples.isBlank() ? null : examples.strip();
    }
}
