package id.go.mimikakab.eservice.web;

import java.util.List;
import java.util.Map;

import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.eservice.ApplicationWorkflow;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The agency's JSON API for applications (a personal access token or a session): its inbox, one application, each step. */
@RestController
@RequestMapping("/api/v1/staff/applications")
class StaffApplicationApiController {

    private final ApplicationWorkflow workflow;

    StaffApplicationApiController(ApplicationWorkflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping
    List<ApplicationJson.Summary> inbox() {
        return workflow.ofAgency(SignedIn.required(), 500).stream().map(ApplicationJson.Summary::of).toList();
    }

    @GetMapping("/{reference}")
    ApplicationJson.Detail one(@PathVariable String reference) {
        return ApplicationJson.Detail.of(workflow.forStaff(SignedIn.required(), reference), true);
    }

    @PostMapping("/{reference}/verification")
    ApplicationJson.Detail startVerification(@PathVariable String reference) {
        StaffMember me = SignedIn.required();
        workflow.startVerification(me, reference);
        return one(reference);
    }

    @PostMapping("/{reference}/return")
    ApplicationJson.Detail returnForCorrection(@PathVariable String reference, @RequestBody ApplicationJson.Corrections body) {
        workflow.returnForCorrection(SignedIn.required(), reference, body.corrections() == null ? Map.of() : body.corrections());
        return one(reference);
    }

    @PostMapping("/{reference}/acceptance")
    ApplicationJson.Detail accept(@PathVariable String reference) {
        workflow.accept(SignedIn.required(), reference);
        return one(reference);
    }

    @PostMapping("/{reference}/processing")
    ApplicationJson.Detail processed(@PathVariable String reference, @RequestBody(required = false) ApplicationJson.Note body) {
        workflow.sendForApproval(SignedIn.required(), reference, body == null ? null : body.note());
        return one(reference);
    }

    @PostMapping("/{reference}/approval")
    ApplicationJson.Detail approve(@PathVariable String reference) {
        workflow.approve(SignedIn.required(), reference);
        return one(reference);
    }

    @PostMapping("/{reference}/rejection")
    ApplicationJson.Detail reject(@PathVariable String reference, @RequestBody ApplicationJson.Rejection body) {
        workflow.reject(SignedIn.required(), reference, body.reason(), body.legalBasis());
        return one(reference);
    }

    @GetMapping("/{reference}/documents/{id}")
    ResponseEntity<InputStreamResource> document(@PathVariable String reference, @PathVariable long id) {
        return DocumentResponses.of(workflow.documentForStaff(SignedIn.required(), reference, id)
                .orElseThrow(() -> new NotFoundException("No document " + id)));
    }
}
