package id.go.mimikakab.report.web;

import java.util.Locale;

import id.go.mimikakab.casework.Light;
import id.go.mimikakab.report.CodeNames;
import id.go.mimikakab.report.ReportLine;

/**
 * The search over a staff list (the MCC queue, an agency's inbox): words found in the ticket, the description, the
 * category or the place, and optionally one light. Both lists are short enough (at most a few hundred items) to be
 * searched in memory after they are read.
 */
public record StaffListSearch(String q, String lampu) {

    public String words() {
        return q == null ? "" : q.strip();
    }

    public Light light() {
        if (lampu == null || lampu.isBlank()) {
            return null;
        }
        try {
            return Light.valueOf(lampu.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public boolean any() {
        return !words().isEmpty() || light() != null;
    }

    boolean matches(ReportLine line, CodeNames.Names names) {
        if (light() != null && line.light() != light()) {
            return false;
        }
        String words = words().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return true;
        }
        String text = String.join(" ", line.ticket(), line.ticket().replace("-", ""), line.description(),
                names.category(line.categoryCode()), names.village(line.villageCode()), names.district(line.districtCode()))
                .toLowerCase(Locale.ROOT);
        for (String word : words.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
