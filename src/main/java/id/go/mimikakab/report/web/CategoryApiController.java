package id.go.mimikakab.report.web;

import java.util.List;

import id.go.mimikakab.report.ReportCategories;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON list of the report categories citizens can choose, with the agency each goes to by default. */
@RestController
class CategoryApiController {

    private final ReportCategories categories;

    CategoryApiController(ReportCategories categories) {
        this.categories = categories;
    }

    @GetMapping("/api/v1/report-categories")
    List<CategoryJson> categories() {
        return categories.active().stream()
                .map(c -> new CategoryJson(c.code(), c.name(), c.defaultAgencyCode(), c.examples()))
                .toList();
    }

    record CategoryJson(String code, String name, String defaultAgencyCode, String examples) {
    }
}
