package id.go.mimikakab.report.web;

import java.net.URI;

import id.go.mimikakab.report.IdempotencyConflictException;
import id.go.mimikakab.report.InvalidReportException;
import id.go.mimikakab.report.PhotosBusyException;
import id.go.mimikakab.report.ReportRefused;
import id.go.mimikakab.report.TooManyPinAttemptsException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details (RFC 9457) for the reports API: every invalid field at once, conflicts, refusals, limits. */
@RestControllerAdvice(assignableTypes = {ReportApiController.class, ReportStaffApiController.class})
class ReportApiProblems {

    @ExceptionHandler(InvalidReportException.class)
    ProblemDetail invalid(InvalidReportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.problems().size() + " field(s) are invalid.");
        problem.setType(URI.create("https://mimikakab.go.id/problems/invalid-report"));
        problem.setTitle("Invalid report");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ProblemDetail idempotency(IdempotencyConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Idempotency-Key reused with other content");
        return problem;
    }

    @ExceptionHandler(ReportRefused.class)
    ProblemDetail refused(ReportRefused e) {
        HttpStatus status = switch (e.kind()) {
            case ILLEGAL_TRANSITION -> HttpStatus.CONFLICT;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(e.kind().name());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrent(OptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The report was changed at the same moment by someone else; reload and try again.");
        problem.setTitle("Concurrent change");
        return problem;
    }

    @ExceptionHandler(TooManyPinAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyPins(TooManyPinAttemptsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many wrong PINs for this ticket or from this address; try again in " + e.retryAfterSeconds() + " s.");
        problem.setTitle("Too many PIN attempts");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(PhotosBusyException.class)
    ResponseEntity<ProblemDetail> photosBusy(PhotosBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Busy processing photos");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(PhotosBusyException.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }
}
