package id.go.mimikakab.citizen;

/**
 * Published, inside the transaction that stores it, when a citizen is sent a code: to verify a new account or to
 * reset a password. The notification module delivers it (e-mail, or a text message for a phone-only account); the
 * code itself exists nowhere else but as a hash.
 */
public record VerificationCodeIssued(long citizenId, String displayName, String email, String phone, boolean passwordReset,
        String code, long validForMinutes) {

    @Override
    public String toString() {
        return "VerificationCodeIssued[citizenId=" + citizenId + ", passwordReset=" + passwordReset + "]";
    }
}
