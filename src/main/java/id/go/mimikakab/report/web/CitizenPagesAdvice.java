package id.go.mimikakab.report.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import id.go.mimikakab.report.TooManyPinAttemptsException;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The citizens' pages' answers to an unknown ticket and to too many submissions or wrong PINs: a page in their
 * language, with 404 or 429. An unknown ticket and a confidential report without its PIN get the very same page.
 */
@ControllerAdvice(assignableTypes = {CitizenReportController.class, TrackingController.class,
        PublicReportsController.class})
class CitizenPagesAdvice {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("report/not-found", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooMany(TooManyRequestsException e, HttpServletResponse response) {
        return tooMany(e.retryAfterSeconds(), response);
    }

    /** Too many wrong PINs: the same page, for a ticket that exists and one that does not. */
    @ExceptionHandler(TooManyPinAttemptsException.class)
    ModelAndView tooManyPins(TooManyPinAttemptsException e, HttpServletResponse response) {
        return tooMany(e.retryAfterSeconds(), response);
    }

    private static ModelAndView tooMany(long seconds, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(seconds));
        return new ModelAndView("report/too-many", Map.of("minutes", Math.max(1, (seconds + 59) / 60)),
                HttpStatus.TOO_MANY_REQUESTS);
    }
}
