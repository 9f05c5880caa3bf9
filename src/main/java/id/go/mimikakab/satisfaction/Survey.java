package id.go.mimikakab.satisfaction;

import java.time.Instant;

/** An invitation as its survey page sees it: which unit to rate, for which kind of case, and whether it was answered. */
public record Survey(String token, String unitCode, String unitName, String caseKind, String caseReference,
        Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
