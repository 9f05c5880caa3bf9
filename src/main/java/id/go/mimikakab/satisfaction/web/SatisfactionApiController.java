package id.go.mimikakab.satisfaction.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.mimikakab.satisfaction.Element;
import id.go.mimikakab.satisfaction.Ikm;
import id.go.mimikakab.satisfaction.Period;
import id.go.mimikakab.satisfaction.SatisfactionIndex;
import id.go.mimikakab.satisfaction.UnitSatisfaction;
import id.go.mimikakab.system.InvalidParameterException;
import id.go.mimikakab.system.Wit;

/**
 * The IKM as open data: {@code GET /api/v1/stats/satisfaction?year=} in JSON, and the same figures with each
 * element's mean as CSV for the annual report ({@code /api/v1/stats/satisfaction.csv?year=}).
 */
@RestController
@RequestMapping("/api/v1/stats")
class SatisfactionApiController {

    private final SatisfactionIndex index;
    private final Clock clock;

    SatisfactionApiController(SatisfactionIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    @GetMapping("/satisfaction")
    List<UnitIkmJson> satisfaction(@RequestParam(required = false) Integer year, @RequestParam(required = false) String per) {
        return figures(year, per).stream().map(UnitIkmJson::of).toList();
    }

    @GetMapping("/satisfaction.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String per) {
        int y = year(year);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            List<String> heading = new ArrayList<>(List.of("unit_code", "unit_name", "period", "respondents"));
            for (Element element : Element.values()) {
                heading.add("mean_" + element.name());
            }
            heading.addAll(List.of("ikm", "grade"));
            out.write(SatisfactionCsv.line(heading));
            for (UnitSatisfaction unit : figures(y, per)) {
                List<String> row = new ArrayList<>(List.of(unit.unitCode(), unit.unitName(), unit.period().label(),
                        Long.toString(unit.ikm().respondents())));
                for (Element element : Element.values()) {
                    row.add(SatisfactionCsv.decimal(unit.ikm().mean(element)));
                }
                row.add(SatisfactionCsv.decimal(unit.ikm().value()));
                row.add(unit.ikm().grade().name());
                out.write(SatisfactionCsv.line(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("ikm-" + y + ".csv").build().toString())
                .body(bytes.toByteArray());
    }

    private List<UnitSatisfaction> figures(Integer year, String per) {
        int y = year(year);
        if (per == null || per.isBlank()) {
            return index.year(y);
        }
        Period.Kind kind = switch (per.strip().toLowerCase(Locale.ROOT)) {
            case "year" -> Period.Kind.YEAR;
            case "quarter" -> Period.Kind.QUARTER;
            case "month" -> Period.Kind.MONTH;
            default -> throw new InvalidParameterException("per", "Parameter 'per' must be year, quarter or month.");
        };
        return index.of(y, kind);
    }

    private int year(Integer year) {
        if (year == null) {
            return Wit.dateOf(clock.instant()).getYear();
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidParameterException("year", "Parameter 'year' must be between 2000 and 2100.");
        }
        return year;
    }

    /** One unit's IKM in one period; {@code ikm} rounded to two decimals, as graded. */
    record UnitIkmJson(String unitCode, String period, long respondents, BigDecimal ikm, String grade) {

        static UnitIkmJson of(UnitSatisfaction u) {
            Ikm ikm = u.ikm();
            return new UnitIkmJson(u.unitCode(), u.period().label(), ikm.respondents(), ikm.value(), ikm.grade().name());
        }
    }
}
