package id.go.mimikakab.account;

/** A newly created token together with its secret, which is shown once and never stored. */
public record IssuedToken(AccessToken token, String secret) {
}
