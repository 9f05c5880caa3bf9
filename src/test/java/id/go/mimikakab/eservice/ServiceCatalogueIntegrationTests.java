package id.go.mimikakab.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.go.mimikakab.account.StaffAccounts;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.casework.CaseKind;
import id.go.mimikakab.casework.CasePolicies;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Agency heads change their own agency's services without code, every change audited; another agency's head, its
 * staff and a stale copy are refused. The working days land in the case mechanism's service levels.
 */
@SpringBootTest
class ServiceCatalogueIntegrationTests {

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    CasePolicies policies;

    @Autowired
    JdbcClient jdbc;

    private StaffMember member(String username) {
        return accounts.findByUsername(username).orElseThrow().member();
    }

    @Test
    void seedsAtLeastSixServicesOfThreeAgenciesAllFree() {
        List<CatalogueEntry> all = catalogue.all();
        assertThat(all).extracting(CatalogueEntry::code).contains("AKTA_KELAHIRAN", "PERUBAHAN_KK", "SURAT_PINDAH", "SIP_NAKES",
                "IZIN_REKLAME");
        assertThat(all.stream().map(CatalogueEntry::agencyCode).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(all).allMatch(CatalogueEntry::free).allMatch(e -> e.steps().size() == 3);
    }

    @Test
    void anAgencyHeadAddsAFieldAndChangesAStepsDaysAndTheChangeIsAudited() {
        CatalogueEntry before = catalogue.find("KARTU_AK1").orElseThrow();
        List<FormField> fields = new ArrayList<>(before.fields().stream().filter(f -> !f.code().equals("PAS_FOTO")).toList());
        fields.add(new FormField("PAS_FOTO", "Pas foto berwarna", FieldType.FILE, false, null, Set.of("JPEG", "PNG"), 1024));
        List<WorkflowStep> steps = new ArrayList<>(before.steps());
        steps.set(1, new WorkflowStep(StepName.PROCESSING, "Pencetakan kartu", steps.get(1).actingRole(), 2));
        CatalogueEntry changed = new CatalogueEntry(before.code(), before.agencyCode(), before.name(), before.lifeEvent(),
                before.summary(), before.requirements(), before.procedure(), before.product(), before.complaintChannel(), 0, true,
                fields, steps, before.version());
        StaffMember head = accounts.findByUsername("disnakertrans.kepala").map(a -> a.member())
                .orElse(new StaffMember(0, "disnakertrans.kepala", "Kepala Disnakertrans", id.go.mimikakab.account.Role.AGENCY_HEAD,
                        "DISNAKERTRANS"));
        long audited = jdbc.sql("select count(*) from audit_record where target_type = 'service' and target_id = 'KARTU_AK1'")
                .query(Long.class).single();

        catalogue.save(head, changed);

        CatalogueEntry after = catalogue.find("KARTU_AK1").orElseThrow();
        assertThat(after.field("PAS_FOTO")).isPresent();
        assertThat(policies.days(CaseKind.APPLICATION, "KARTU_AK1", "PROCESSING").count()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_record where target_type = 'service' and target_id = 'KARTU_AK1'")
                .query(Long.class).single()).isEqualTo(audited + 1);
        assertThatThrownBy(() -> catalogue.save(head, changed)).as("a stale copy").isInstanceOf(CatalogueRefused.class);
    }

    @Test
    void anotherAgencysHeadAndAgencyStaffCannotEditAService() {
        CatalogueEntry akta = catalogue.find("AKTA_KELAHIRAN").orElseThrow();
        assertThatThrownBy(() -> catalogue.save(member("dinkes.kepala"), akta))
                .isInstanceOf(CatalogueRefused.class).matches(e -> ((CatalogueRefused) e).notAllowed());
        assertThatThrownBy(() -> catalogue.save(member("disdukcapil.staf"), akta))
                .isInstanceOf(CatalogueRefused.class).matches(e -> ((CatalogueRefused) e).notAllowed());
        assertThat(ServiceCatalogue.mayEdit(member("disdukcapil.kepala"), "DISDUKCAPIL")).isTrue();
        assertThat(ServiceCatalogue.mayEdit(member("admin"), "DPMPTSP")).isTrue();
    }
}
