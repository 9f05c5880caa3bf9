package id.go.mimikakab.citizen;

/** A citizen's account as other modules see it: who they are and where they are told of news. */
public record CitizenAccount(long id, String email, String phone, String displayName, boolean verified)
        implements java.io.Serializable {

    /** How the citizen signs in and is reached: the e-mail address if given, otherwise the mobile number. */
    public String login() {
        return email != null ? email : phone;
    }

    /** The name the audit trail and the timelines give a citizen's actions. */
    public String actor() {
        return "warga:" + id;
    }
}
