package id.go.mimikakab.eservice.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.citizen.CitizenAccount;
import id.go.mimikakab.citizen.SignedInCitizen;
import id.go.mimikakab.eservice.ApplicationRefused;
import id.go.mimikakab.eservice.ApplicationWorkflow;
import id.go.mimikakab.eservice.CatalogueEntry;
import id.go.mimikakab.eservice.NewApplication;
import id.go.mimikakab.eservice.StagedDocument;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The applicant's JSON API (HTTP Basic with a verified citizen account): submit with documents (multipart, one part
 * per field code, {@code Idempotency-Key} makes a retry safe), list, read, correct, and fetch one's own documents.
 */
@RestController
@RequestMapping("/api/v1/applicant/applications")
class ApplicantApiController {

    private final ApplicationWorkflow workflow;

    ApplicantApiController(ApplicationWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApplicationJson.Created> submit(@RequestParam("serviceCode") String serviceCode,
            @RequestParam Map<String, String> parameters, MultipartHttpServletRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        CitizenAccount me = SignedInCitizen.required();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new ApplicationRefused(ApplicationRefused.Kind.INVALID, "An Idempotency-Key has 1 to 100 characters",
                    Map.of("Idempotency-Key", "eservice.api.idempotencyKey"));
        }
        CatalogueEntry service = workflow.service(serviceCode);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, StagedDocument> documents = Uploads.staged(workflow, service, request.getMultiFileMap(), problems);
        if (!problems.isEmpty()) {
            throw new ApplicationRefused(ApplicationRefused.Kind.INVALID, "Some documents were refused", problems);
        }
        ApplicationWorkflow.Submitted submitted = workflow.submit(me,
                new NewApplication(service.code(), Uploads.answers(service, parameters), documents), idempotencyKey);
        return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .header(HttpHeaders.LOCATION, "/api/v1/applicant/applications/" + submitted.reference())
                .body(new ApplicationJson.Created(submitted.reference(), workflow.forApplicant(me, submitted.reference()).status().name(),
                        submitted.created()));
    }

    @GetMapping
    List<ApplicationJson.Summary> mine() {
        return workflow.ofApplicant(SignedInCitizen.required()).stream().map(ApplicationJson.Summary::of).toList();
    }

    @GetMapping("/{reference}")
    ApplicationJson.Detail one(@PathVariable String reference) {
        return ApplicationJson.Detail.of(workflow.forApplicant(SignedInCitizen.required(), reference), false);
    }

    /** The correction of a returned application: new answers and documents for the fields named. */
    @PostMapping(path = "/{reference}/correction", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ApplicationJson.Detail correct(@PathVariable String reference, @RequestParam Map<String, String> parameters,
            MultipartHttpServletRequest request) {
        CitizenAccount me = SignedInCitizen.required();
        CatalogueEntry service = workflow.forApplicant(me, reference).service();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, StagedDocument> documents = Uploads.staged(workflow, service, request.getMultiFileMap(), problems);
        if (!problems.isEmpty()) {
            throw new ApplicationRefused(ApplicationRefused.Kind.INVALID, "Some documents were refused", problems);
        }
        workflow.resubmit(me, reference, Uploads.answers(service, parameters), documents);
        return ApplicationJson.Detail.of(workflow.forApplicant(me, reference), false);
    }

    @GetMapping("/{reference}/documents/{id}")
    ResponseEntity<InputStreamResource> document(@PathVariable String reference, @PathVariable long id) {
        ApplicationWorkflow.DocumentContent content = workflow.documentForApplicant(SignedInCitizen.required(), reference, id)
                .orElseThrow(() -> new NotFoundException("No document " + id));
        return DocumentResponses.of(content);
    }

}
