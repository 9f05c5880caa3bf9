package id.go.mimikakab.document;

import java.util.LinkedHashMap;

/**
 * What a module asks to be issued: the layout ({@code templateCode}, e.g. {@code akta-kelahiran}; an unknown one
 * gets the general layout), the title, the issuing agency, the holder, the labelled values printed in order, and
 * the case it answers (e.g. an application number).
 */
public record DocumentRequest(String templateCode, String title, String agencyCode, String holderName,
        String holderNik, LinkedHashMap<String, String> fields, String caseReference) {

    public DocumentRequest {
        if (templateCode == null || !templateCode.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new IllegalArgumentException("A template code is lower-case letters, digits and hyphens");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("A document needs a title of at most 200 characters");
        }
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new IllegalArgumentException("A document needs an issuing agency");
        }
        if (holderName == null || holderName.isBlank() || holderName.length() > 200) {
            throw new IllegalArgumentException("A document needs a holder's name of at most 200 characters");
        }
        if (holderNik != null && !holderNik.isBlank() && !holderNik.strip().matches("[0-9]{16}")) {
            throw new IllegalArgumentException("A NIK has 16 digits");
        }
        if (caseReference != null && caseReference.length() > 60) {
            throw new IllegalArgumentException("A case reference has at most 60 characters");
        }
        holderNik = holderNik == null || holderNik.isBlank() ? null : holderNik.strip();
        fields = fields == null ? new LinkedHashMap<>() : new LinkedHashMap<>(fields);
    }
}
