package id.go.mimikakab.open311.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import id.go.mimikakab.report.FieldProblem;
import id.go.mimikakab.report.InvalidReportException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers every failure of the GeoReport v2 endpoint as the spec says, in the format the path asked for: a list of
 * {@code {code, description}} with HTTP 404 (not found), 403 (api_key) or 400 (anything else, including an
 * unexpected failure, which the client is asked to report). A refused submission lists every problem at once, named
 * by the spec's parameters.
 */
@ControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    /** The spec's parameter behind each field of a report submission. */
    private static final Map<String, String> PARAMETERS = Map.of("categoryCode", "service_code", "description",
            "description", "latitude", "lat/long", "villageCode", "address_id", "districtCode", "address_id", "address",
            "address_string", "reporterName", "first_name/last_name", "reporterPhone", "phone", "reporterEmail", "email");

    @ExceptionHandler(Open311Failure.class)
    ResponseEntity<byte[]> refused(Open311Failure failure, HttpServletRequest request) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(failure.status());
        if (failure.retryAfterSeconds() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(failure.retryAfterSeconds()));
        }
        return body(answer, request, failure.errors());
    }

    @ExceptionHandler(InvalidReportException.class)
    ResponseEntity<byte[]> invalid(InvalidReportException invalid, HttpServletRequest request) {
        return body(ResponseEntity.status(HttpStatus.BAD_REQUEST), request,
                invalid.problems().stream().map(Open311Errors::error).toList());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        log.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return body(ResponseEntity.status(HttpStatus.BAD_REQUEST), request, List.of(Open311Json.Error.of(HttpStatus.BAD_REQUEST,
                "The request could not be processed; please tell Diskominfo Kabupaten Mimika the time and the URL.")));
    }

    static Open311Json.Error error(FieldProblem problem) {
        if ("report.location.required".equals(problem.code())) {
            return Open311Json.Error.of(HttpStatus.BAD_REQUEST, "A location is required: lat and long inside Kabupaten "
                    + "Mimika, or address_id with the code of a village (94.04.DD.NNNN, listed at "
                    + "/api/v1/regions/districts/{code}/villages); address_string alone cannot be placed.");
        }
        String parameter = PARAMETERS.getOrDefault(problem.field(), problem.field());
        return Open311Json.Error.of(HttpStatus.BAD_REQUEST, parameter + ": " + problem.message());
    }

    private static ResponseEntity<byte[]> body(ResponseEntity.BodyBuilder answer, HttpServletRequest request,
            List<Open311Json.Error> errors) {
        Open311Format format = Open311Format.ofPath(request.getRequestURI());
        return answer.contentType(format.contentType()).body(format.list("errors", "error", errors));
    }
}
