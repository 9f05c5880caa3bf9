package id.go.mimikakab.eservice;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.CasePolicies;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of services, read by everyone and changed by an agency's head (its own services) or an
 * administrator (any), without code: the standard texts, the form's fields, the workflow's acting roles and the
 * working days of each step (kept as the case mechanism's service levels). Every change is audited with the
 * service before and after.
 */
@Component
public class ServiceCatalogue {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final JdbcClient jdbc;
    private final CasePolicies policies;
    private final AgencyDirectory agencies;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceCatalogue(JdbcClient jdbc, CasePolicies policies, AgencyDirectory agencies, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every service, active or not, by agency and name. */
    public List<CatalogueEntry> all() {
        Map<String, List<FormField>> fields = new HashMap<>();
        jdbc.sql("select * from service_field order by service_code, sort_order").query(rs -> {
            fields.computeIfAbsent(rs.getString("service_code"), c -> new ArrayList<>()).add(new FormField(
                    rs.getString("code"), rs.getString("label"), FieldType.valueOf(rs.getString("field_type")),
                    rs.getBoolean("required"), FormField.choicesOf(rs.getString("choices")),
                    FormField.typesOf(rs.getString("allowed_types")), (Integer) rs.getObject("max_kb", Integer.class)));
        });
        Map<String, Map<StepName, String[]>> steps = new HashMap<>();
        jdbc.sql("select * from service_step").query(rs -> {
            steps.computeIfAbsent(rs.getString("service_code"), c -> new HashMap<>())
                    .put(StepName.valueOf(rs.getString("step")), new String[] { rs.getString("label"), rs.getString("acting_role") });
        });
        return jdbc.sql("select * from service_catalogue order by agency_code, name")
                .query((rs, n) -> {
                    String code = rs.getString("code");
                    return new CatalogueEntry(code, rs.getString("agency_code"), rs.getString("name"),
                            LifeEvent.valueOf(rs.getString("life_event")), rs.getString("summary"),
                            lines(rs.getString("requirements")), lines(rs.getString("procedure_steps")),
                            rs.getString("product"), rs.getString("complaint_channel"), rs.getInt("fee"),
                            rs.getBoolean("active"), fields.getOrDefault(code, List.of()),
                            steps(code, steps.getOrDefault(code, Map.of())), rs.getInt("version"));
                })
                .list();
    }

    /** The active services, narrowed to those whose name, summary, requirements or agency match every typed word. */
    public List<CatalogueEntry> search(String query) {
        List<String> words = query == null ? List.of()
                : Arrays.stream(fold(query).split("\\s+")).filter(w -> !w.isBlank()).toList();
        Map<String, String> agencyNames = new HashMap<>();
        agencies.all().forEach(a -> agencyNames.put(a.code(), a.name() + " " + a.shortName()));
        return all().stream().filter(CatalogueEntry::active).filter(entry -> {
            String text = fold(entry.name() + " " + entry.summary() + " " + String.join(" ", entry.requirements()) + " "
                    + entry.product() + " " + agencyNames.getOrDefault(entry.agencyCode(), entry.agencyCode()));
            return words.stream().allMatch(text::contains);
        }).toList();
    }

    public Optional<CatalogueEntry> find(String code) {
        return code == null ? Optional.empty() : all().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** Active services grouped by agency code, in the catalogue's order. */
    public static Map<String, List<CatalogueEntry>> byAgency(List<CatalogueEntry> entries) {
        Map<String, List<CatalogueEntry>> grouped = new LinkedHashMap<>();
        entries.forEach(e -> grouped.computeIfAbsent(e.agencyCode(), a -> new ArrayList<>()).add(e));
        return grouped;
    }

    /** Active services grouped by life event, in the events' order. */
    public static Map<LifeEvent, List<CatalogueEntry>> byLifeEvent(List<CatalogueEntry> entries) {
        Map<LifeEvent, List<CatalogueEntry>> grouped = new LinkedHashMap<>();
        for (LifeEvent event : LifeEvent.values()) {
            List<CatalogueEntry> of = entries.stream().filter(e -> e.lifeEvent() == event).toList();
            if (!of.isEmpty()) {
                grouped.put(event, of);
            }
        }
        return grouped;
    }

    /** Whether this member of staff may change the services of this agency. */
    public static boolean mayEdit(StaffMember by, String agencyCode) {
        return by.role() == Role.ADMIN || (by.role() == Role.AGENCY_HEAD && by.worksFor(agencyCode));
    }

    /**
     * Stores a new version of a service (or a new service), its fields, its steps and their working days; refused
     * when the person may not edit the agency's services, when the service was changed meanwhile ({@code version}),
     * or when it is not a complete service.
     */
    @Transactional
    public CatalogueEntry save(StaffMember by, CatalogueEntry changed) {
        if (!mayEdit(by, changed.agencyCode())) {
            throw new CatalogueRefused(true, "Only the head of " + changed.agencyCode() + " or an administrator edits its services");
        }
        validate(changed);
        Optional<CatalogueEntry> before = find(changed.code());
        if (before.isPresent() && !mayEdit(by, before.get().agencyCode())) {
            throw new CatalogueRefused(true, "Only the head of " + before.get().agencyCode() + " or an administrator edits this service");
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (before.isEmpty()) {
            jdbc.sql("""
                            insert into service_catalogue (code, agency_code, name, life_event, summary, requirements, procedure_steps,
                                product, complaint_channel, fee, active, changed_at, version)
                            values (:code, :agency, :name, :event, :summary, :requirements, :procedure, :product, :complaint, 0,
                                :active, :now, 0)""")
                    .paramSource(params(changed, now)).update();
        } else {
            int updated = jdbc.sql("""
                            update service_catalogue set agency_code = :agency, name = :name, life_event = :event, summary = :summary,
                                requirements = :requirements, procedure_steps = :procedure, product = :product,
                                complaint_channel = :complaint, active = :active, changed_at = :now, version = version + 1
                            where code = :code and version = :version""")
                    .paramSource(params(changed, now)).update();
            if (updated == 0) {
                throw new CatalogueRefused(false, "The service was changed by someone else meanwhile; open it again");
            }
            jdbc.sql("delete from service_field where service_code = :code").param("code", changed.code()).update();
            jdbc.sql("delete from service_step where service_code = :code").param("code", changed.code()).update();
        }
        int order = 1;
        for (FormField f : changed.fields()) {
            jdbc.sql("""
                            insert into service_field (service_code, sort_order, code, label, field_type, required, choices,
                                allowed_types, max_kb) values (:service, :order, :code, :label, :type, :required, :choices, :types, :maxKb)""")
                    .param("service", changed.code()).param("order", order++).param("code", f.code()).param("label", f.label())
                    .param("type", f.type().name()).param("required", f.required()).param("choices", f.storedChoices())
                    .param("types", f.storedTypes()).param("maxKb", f.maxKb()).update();
        }
        Map<String, Integer> days = new LinkedHashMap<>();
        for (WorkflowStep s : changed.steps()) {
            jdbc.sql("insert into service_step (service_code, step, label, acting_role) values (:service, :step, :label, :role)")
                    .param("service", changed.code()).param("step", s.step().name()).param("label", s.label())
                    .param("role", s.actingRole().name()).update();
            days.put(s.step().name(), s.workingDays());
        }
        policies.change(CaseKind.APPLICATION, changed.code(), days);
        // the service levels just written apply once this transaction commits, so the new version is what was saved
        CatalogueEntry after = changed.withVersion(before.isEmpty() ? 0 : changed.version() + 1);
        audit.recordAs(by.username(), before.isEmpty() ? "SERVICE_CREATED" : "SERVICE_CHANGED", "service", changed.code(),
                before.orElse(null), after);
        return after;
    }

    private void validate(CatalogueEntry e) {
        if (e.code() == null || !CODE.matcher(e.code()).matches()) {
            throw new CatalogueRefused(false, "A service code is 2 to 40 capital letters, digits or _");
        }
        if (agencies.find(e.agencyCode()).isEmpty()) {
            throw new CatalogueRefused(false, "Unknown agency " + e.agencyCode());
        }
        if (blank(e.name(), 200) || blank(e.summary(), 1000) || blank(e.product(), 500) || blank(e.complaintChannel(), 500)) {
            throw new CatalogueRefused(false, "Name, summary, product and complaint channel are required");
        }
        if (e.requirements().isEmpty() || e.procedure().isEmpty()
                || String.join("\n", e.requirements()).length() > 4000 || String.join("\n", e.procedure()).length() > 4000) {
            throw new CatalogueRefused(false, "Requirements and procedure are required (at most 4,000 characters each)");
        }
        if (e.fee() != 0) {
            throw new CatalogueRefused(false, "Services in Mimika are free of charge");
        }
        if (e.fields().stream().map(FormField::code).distinct().count() != e.fields().size()) {
            throw new CatalogueRefused(false, "Each field needs its own code");
        }
        for (StepName step : StepName.IN_ORDER) {
            if (e.step(step).isEmpty()) {
                throw new CatalogueRefused(false, "Every service has the steps " + StepName.IN_ORDER);
            }
        }
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(CatalogueEntry e, OffsetDateTime now) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("code", e.code()).addValue("agency", e.agencyCode()).addValue("name", e.name().strip())
                .addValue("event", e.lifeEvent().name()).addValue("summary", e.summary().strip())
                .addValue("requirements", String.join("\n", e.requirements())).addValue("procedure", String.join("\n", e.procedure()))
                .addValue("product", e.product().strip()).addValue("complaint", e.complaintChannel().strip())
                .addValue("active", e.active()).addValue("now", now).addValue("version", e.version());
    }

    private List<WorkflowStep> steps(String code, Map<StepName, String[]> stored) {
        Map<String, Integer> days = policies.of(CaseKind.APPLICATION, code);
        List<WorkflowStep> steps = new ArrayList<>();
        for (StepName step : StepName.IN_ORDER) {
            String[] row = stored.get(step);
            if (row != null) {
                steps.add(new WorkflowStep(step, row[0], Role.valueOf(row[1]), days.getOrDefault(step.name(), 1)));
            }
        }
        return steps;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean blank(String text, int max) {
        return text == null || text.isBlank() || text.length() > max;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
