package id.go.mimikakab.satisfaction;

/** The IKM of one service unit (agency) in one period. */
public record UnitSatisfaction(String unitCode, String unitName, Period period, Ikm ikm) {
}
