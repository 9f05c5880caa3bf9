package id.go.mimikakab.eservice;

import java.util.Map;

/** What an applicant sends: the service, the answers by field code, and the staged documents by field code. */
public record NewApplication(String serviceCode, Map<String, String> answers, Map<String, StagedDocument> documents) {

    public NewApplication {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        documents = documents == null ? Map.of() : Map.copyOf(documents);
    }
}
