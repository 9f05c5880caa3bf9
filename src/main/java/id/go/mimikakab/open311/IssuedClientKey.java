package id.go.mimikakab.open311;

/** A key just issued, with its secret, which is shown this once and cannot be recovered later. */
public record IssuedClientKey(ClientKey key, String secret) {
}
