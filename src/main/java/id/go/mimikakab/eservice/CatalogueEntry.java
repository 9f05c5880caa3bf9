package id.go.mimikakab.eservice;

import java.util.List;
import java.util.Optional;

/**
 * A public service as the catalogue publishes it, with the components PermenPANRB 15/2014 asks for (requirements,
 * procedure, time limit in working days, cost, product, complaint channel), its form and its workflow steps.
 */
public record CatalogueEntry(String code, String agencyCode, String name, LifeEvent lifeEvent, String summary,
        List<String> requirements, List<String> procedure, String product, String complaintChannel, int fee,
        boolean active, List<FormField> fields, List<WorkflowStep> steps, int version) {

    public CatalogueEntry {
        requirements = List.copyOf(requirements);
        procedure = List.copyOf(procedure);
        fields = List.copyOf(fields);
        steps = List.copyOf(steps);
    }

    CatalogueEntry withVersion(int newVersion) {
        return new CatalogueEntry(code, agencyCode, name, lifeEvent, summary, requirements, procedure, product,
                complaintChannel, fee, active, fields, steps, newVersion);
    }

    /** The published time limit: the working days of every step together. */
    public int deadlineWorkingDays() {
        return steps.stream().mapToInt(WorkflowStep::workingDays).sum();
    }

    /** Whether the service is free of charge (in Mimika every service is). */
    public boolean free() {
        return fee == 0;
    }

    public Optional<WorkflowStep> step(StepName name) {
        return steps.stream().filter(s -> s.step() == name).findFirst();
    }

    public Optional<FormField> field(String fieldCode) {
        return fields.stream().filter(f -> f.code().equals(fieldCode)).findFirst();
    }

    /** The label of a field, or its code when the service no longer has it. */
    public String labelOf(String fieldCode) {
        return field(fieldCode).map(FormField::label).orElse(fieldCode);
    }

    /** The documents the service asks for: its file fields. */
    public List<FormField> documents() {
        return fields.stream().filter(FormField::file).toList();
    }

    public List<FormField> questions() {
        return fields.stream().filter(f -> !f.file()).toList();
    }
}
