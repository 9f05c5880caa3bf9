package id.go.mimikakab.system.web;

import java.net.URI;

import id.go.mimikakab.system.InvalidParameterException;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns the JSON API's errors into RFC 9457 problem details that name the offending parameter. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    static final URI INVALID_PARAMETER = URI.create("https://mimikakab.go.id/problems/invalid-parameter");
    static final URI NOT_FOUND = URI.create("https://mimikakab.go.id/problems/not-found");

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return invalid(e.getParameterName(), "Parameter '" + e.getParameterName() + "' is required.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mistypedParameter(MethodArgumentTypeMismatchException e) {
        return invalid(e.getName(), "Parameter '" + e.getName() + "' has an invalid value: '" + e.getValue() + "'.");
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return invalid(e.parameter(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }

    private static ProblemDetail invalid(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_PARAMETER);
        problem.setTitle("Invalid request parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
