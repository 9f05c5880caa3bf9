package id.go.mimikakab.report.web;

import id.go.mimikakab.report.ReportCategory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's form for adding or changing a report category; an unticked checkbox arrives as no value at all. */
record CategoryForm(
        @NotBlank(message = "{category.code.required}") @Pattern(regexp = "[A-Z0-9]{2,30}", message = "{category.code.pattern}") String code,
        @NotBlank(message = "{category.name.required}") @Size(max = 120, message = "{field.tooLong}") String name,
        @NotBlank(message = "{category.agency.required}") String defaultAgencyCode,
        @Size(max = 400, message = "{field.tooLong}") String examples,
        Boolean active,
        @NotNull(message = "{category.sortOrder.range}") @Min(value = 0, message = "{category.sortOrder.range}") @Max(value = 100000, message = "{category.sortOrder.range}") Integer sortOrder) {

    static CategoryForm empty() {
        return new CategoryForm("", "", "", "", true, 1000);
    }

    static CategoryForm of(ReportCategory c) {
        return new CategoryForm(c.code(), c.name(), c.defaultAgencyCode(), c.examples(), c.active(), c.sortOrder());
    }

    ReportCategory toCategory() {
        return new ReportCategory(code.strip(), name, defaultAgencyCode, examples, Boolean.TRUE.equals(active), sortOrder);
    }
}
