package id.go.mimikakab.satisfaction;

import java.util.Map;

/**
 * The IKM of one period for the dashboards: each service unit's, and the regency's from every response of the
 * period pooled (the same exact sums, not a mean of the units' indexes, so a unit with many respondents weighs more).
 */
public record RegencySatisfaction(Period period, Map<String, Ikm> byUnit, Ikm regency) {

    public RegencySatisfaction {
        byUnit = Map.copyOf(byUnit);
    }

    /** The unit's IKM in the period; one without responses when nobody answered for it. */
    public Ikm of(String unitCode) {
        return byUnit.getOrDefault(unitCode, Ikm.none());
    }
}
