package id.go.mimikakab.eservice.web;

import java.util.List;
import java.util.Map;

import id.go.mimikakab.eservice.ApplicationRefused;
import id.go.mimikakab.eservice.CatalogueRefused;
import id.go.mimikakab.upload.DocumentRejected;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problems for the applications' APIs: 400 with the fields in error, 403, 409, and 503 when uploads are busy. */
@RestControllerAdvice(assignableTypes = {ApplicantApiController.class, StaffApplicationApiController.class})
class ApplicationApiProblems {

    @ExceptionHandler(ApplicationRefused.class)
    ProblemDetail refused(ApplicationRefused e) {
        HttpStatus status = switch (e.kind()) {
            case ILLEGAL_TRANSITION -> HttpStatus.CONFLICT;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        if (!e.fieldProblems().isEmpty()) {
            problem.setProperty("errors", errors(e.fieldProblems()));
        }
        return problem;
    }

    @ExceptionHandler(CatalogueRefused.class)
    ProblemDetail catalogue(CatalogueRefused e) {
        return ProblemDetail.forStatusAndDetail(e.notAllowed() ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(DocumentRejected.class)
    ResponseEntity<ProblemDetail> busy(DocumentRejected e) {
        boolean busy = e.reason() == DocumentRejected.Reason.BUSY;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(busy ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST,
                e.getMessage());
        return busy ? ResponseEntity.status(503).header("Retry-After", "30").body(problem) : ResponseEntity.badRequest().body(problem);
    }

    private static List<Map<String, String>> errors(Map<String, String> problems) {
        return problems.entrySet().stream().map(p -> Map.of("field", p.getKey(), "code", p.getValue())).toList();
    }
}
