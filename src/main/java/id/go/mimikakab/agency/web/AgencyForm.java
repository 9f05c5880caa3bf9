package id.go.mimikakab.agency.web;

import id.go.mimikakab.agency.Agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's form for adding or changing an agency; an unticked checkbox arrives as no value at all. */
record AgencyForm(
        @NotBlank(message = "{agency.code.required}") @Pattern(regexp = "[A-Z0-9]{2,20}", message = "{agency.code.pattern}") String code,
        @NotBlank(message = "{agency.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @NotBlank(message = "{agency.shortName.required}") @Size(max = 80, message = "{field.tooLong}") String shortName,
        Boolean confirmed,
        Boolean active) {

    static AgencyForm empty() {
        return new AgencyForm("", "", "", true, true);
    }

    static AgencyForm of(Agency agency) {
        return new AgencyForm(agency.code(), agency.name(), agency.shortName(), agency.confirmed(), agency.active());
    }

    Agency toAgency() {
        return new Agency(code.strip(), name, shortName, Boolean.TRUE.equals(confirmed), Boolean.TRUE.equals(active));
    }
}
