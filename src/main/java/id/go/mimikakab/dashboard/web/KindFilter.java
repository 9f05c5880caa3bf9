package id.go.mimikakab.dashboard.web;

import java.util.Locale;

import id.go.mimikakab.casework.CaseKind;

/**
 * Which cases the leaders' standings count, chosen with the plain GET parameter {@code jenis}: every kind (no
 * parameter), reports only ({@code REPORT}) or applications only ({@code APPLICATION}); an unknown value counts
 * every kind rather than refusing the page, as a typed URL should still show the dashboard.
 */
public enum KindFilter {

    /** Every case the government owes a citizen: reports, applications and the rest. */
    ALL(null),
    /** Citizens' reports (laporan) only. */
    REPORT(CaseKind.REPORT),
    /** Applications for public services (permohonan) only. */
    APPLICATION(CaseKind.APPLICATION);

    private final CaseKind kind;

    KindFilter(CaseKind kind) {
        this.kind = kind;
    }

    /** The kind of case counted, or {@code null} for every kind. */
    public CaseKind kind() {
        return kind;
    }

    /** The value of {@code jenis} that chooses this filter, or {@code null} for every kind. */
    public String code() {
        return kind == null ? null : name();
    }

    /**
     * The kind the command centre's wall counts: reports unless another kind is asked for ({@code jenis=ALL} for
     * every kind), since its queue and map show reports, and its totals must count what it shows.
     */
    static KindFilter onWall(String param) {
        return param == null || param.isBlank() ? REPORT : of(param);
    }

    static KindFilter of(String param) {
        if (param == null || param.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(param.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ALL;
        }
    }
}
