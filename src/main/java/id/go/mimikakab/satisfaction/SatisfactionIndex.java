package id.go.mimikakab.satisfaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The IKM per service unit and period, from one grouped query: the respondents and each element's sum per unit and
 * month of a year (in WIT); quarters and the year are added up from the months, which keeps them exact.
 */
@Component
public class SatisfactionIndex {

    private final JdbcClient jdbc;

    SatisfactionIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit with responses in the year, for the given kind of period, ordered by unit code and period. */
    public List<UnitSatisfaction> of(int year, Period.Kind kind) {
        return year(year).stream().filter(u -> u.period().kind() == kind).toList();
    }

    /** The year's IKM of every unit with responses and of the regency, for the dashboards beside the lights. */
    public RegencySatisfaction regency(int year) {
        Map<String, Ikm> byUnit = new LinkedHashMap<>();
        Ikm regency = Ikm.none();
        for (UnitSatisfaction unit : of(year, Period.Kind.YEAR)) {
            byUnit.put(unit.unitCode(), unit.ikm());
            regency = regency.plus(unit.ikm());
        }
        return new RegencySatisfaction(Period.year(year), byUnit, regency);
    }

    /** Every unit with responses in the year: its year, then its quarters, then its months, each with responses. */
    public List<UnitSatisfaction> year(int year) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Ikm>> months = new TreeMap<>();
        jdbc.sql("""
                        select r.unit_code, a.name as unit_name, extract(month from r.answered_on) as month_number, count(*) as respondents,
                               sum(r.u1) as s1, sum(r.u2) as s2, sum(r.u3) as s3, sum(r.u4) as s4, sum(r.u5) as s5,
                               sum(r.u6) as s6, sum(r.u7) as s7, sum(r.u8) as s8, sum(r.u9) as s9
                        from survey_response r join agency a on a.code = r.unit_code
                        where r.answered_on >= :from and r.answered_on < :to
                        group by r.unit_code, a.name, extract(month from r.answered_on)""")
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> {
                    long[] sums = new long[Element.values().length];
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] = rs.getLong("s" + (i + 1));
                    }
                    String unit = rs.getString("unit_code");
                    names.put(unit, rs.getString("unit_name"));
                    months.computeIfAbsent(unit, u -> new TreeMap<>()).put(rs.getInt("month_number"),
                            new Ikm(rs.getLong("respondents"), sums));
                    return unit;
                })
                .list();
        List<UnitSatisfaction> result = new ArrayList<>();
        months.forEach((unit, byMonth) -> {
            String name = names.get(unit);
            Ikm whole = Ikm.none();
            Ikm[] quarters = {Ikm.none(), Ikm.none(), Ikm.none(), Ikm.none()};
            for (Map.Entry<Integer, Ikm> month : byMonth.entrySet()) {
                whole = whole.plus(month.getValue());
                int q = (month.getKey() - 1) / 3;
                quarters[q] = quarters[q].plus(month.getValue());
            }
            result.add(new UnitSatisfaction(unit, name, Period.year(year), whole));
            for (int q = 0; q < 4; q++) {
                if (quarters[q].hasResponses()) {
                    result.add(new UnitSatisfaction(unit, name, Period.quarter(year, q + 1), quarters[q]));
                }
            }
            byMonth.forEach((month, ikm) -> result.add(new UnitSatisfaction(unit, name, Period.month(year, month), ikm)));
        });
        result.sort(Comparator.comparing(UnitSatisfaction::unitCode)
                .thenComparing(u -> u.period().kind())
                .thenComparing(u -> u.period().number()));
        return result;
    }
}
