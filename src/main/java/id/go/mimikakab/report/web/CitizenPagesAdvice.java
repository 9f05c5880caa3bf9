package id.go.mimikakab.report.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import id.go.mimikakab.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The citizens' pages' answers to an unknown ticket and to too many submissions: a page in their language,
 * with 404 or 429. An unknown ticket and a confidential report without its PIN get the very same page.
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
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        return new ModelAndView("report/too-many", Map.of("minutes", Math.max(1, (e.retryAfterSeconds() + 59) / 60)),
                HttpStatus.TOO_MANY_REQUESTS);
    }
}
