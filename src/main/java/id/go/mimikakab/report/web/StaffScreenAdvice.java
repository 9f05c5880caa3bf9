package id.go.mimikakab.report.web;

import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.report.PhotosBusyException;
import id.go.mimikakab.report.ReportRefused;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages of the staff report screens: a refusal by role or agency is a 403 page, an unknown ticket
 * a 404 page, a step the report's state no longer allows a 409 page; all with the usual error template.
 */
@ControllerAdvice(assignableTypes = {CommandCentreController.class, AgencyInboxController.class,
        StaffIntakeController.class, SlaAdminController.class, StaffHomeController.class})
class StaffScreenAdvice {

    @ExceptionHandler(ReportRefused.class)
    ModelAndView refused(ReportRefused e) {
        return page(switch (e.kind()) {
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case ILLEGAL_TRANSITION -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        });
    }

    @ExceptionHandler(PhotosBusyException.class)
    ModelAndView photosBusy(PhotosBusyException e) {
        return page(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("me", SignedIn.member().orElse(null));
        return page;
    }
}
