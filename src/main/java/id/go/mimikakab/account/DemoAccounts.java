package id.go.mimikakab.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published demo accounts, one per role, identical on every demo install so that demonstrations and
 * black-box tests can rely on them: password {@code demo}, access token {@code demo-<username>}.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "demo";

    /** The accounts, in the order the login page lists them. */
    public static final List<NewAccount> ALL = List.of(
            demo("admin", "Admin Diskominfo (demo)", Role.ADMIN, null),
            demo("mcc", "Operator MCC (demo)", Role.COMMAND_CENTER, null),
            demo("pupr.kepala", "Kepala Dinas PUPR (demo)", Role.AGENCY_HEAD, "PUPR"),
            demo("pupr.staf", "PIC Dinas PUPR (demo)", Role.AGENCY_STAFF, "PUPR"),
            demo("dinkes.kepala", "Kepala Dinas Kesehatan (demo)", Role.AGENCY_HEAD, "DINKES"),
            demo("dinkes.staf", "PIC Dinas Kesehatan (demo)", Role.AGENCY_STAFF, "DINKES"),
            demo("bupati", "Bupati Mimika (demo)", Role.LEADER, null),
            demo("loket.timika", "Petugas loket Puskesmas Timika (demo)", Role.HEALTH_UNIT_STAFF, null),
            demo("disdukcapil.kepala", "Kepala Disdukcapil (demo)", Role.AGENCY_HEAD, "DISDUKCAPIL"),
            demo("disdukcapil.staf", "Petugas Disdukcapil (demo)", Role.AGENCY_STAFF, "DISDUKCAPIL"),
            demo("dpmptsp.kepala", "Kepala DPMPTSP (demo)", Role.AGENCY_HEAD, "DPMPTSP"));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private DemoAccounts() {
    }

    /** Opens each demo account that does not exist yet, with its published token. */
    static void ensure(StaffAccounts accounts, AccessTokens tokens) {
        for (NewAccount account : ALL) {
            if (accounts.findByUsername(account.username()).isEmpty()) {
                StaffAccount opened = accounts.openDemoAccount(account);
                tokens.issueDemoToken(opened.member());
                log.info("Demo account '{}' ({}) opened", opened.username(), opened.role());
            }
        }
    }

    private static NewAccount demo(String username, String name, Role role, String agency) {
        return new NewAccount(username, username + "@demo.mimikakab.go.id", name, role, agency, PASSWORD);
    }
}
