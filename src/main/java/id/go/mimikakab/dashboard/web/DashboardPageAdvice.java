package id.go.mimikakab.dashboard.web;

import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.report.ReportRefused;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dashboard pages' answer when a viewer opens a report they may not see, such as an agency's staff opening
 * another agency's report: the error page with 403, never a server error.
 */
@ControllerAdvice(assignableTypes = LeaderDashboardController.class)
class DashboardPageAdvice {

    @ExceptionHandler(ReportRefused.class)
    ModelAndView refused(ReportRefused e) {
        HttpStatus status = e.kind() == ReportRefused.Kind.NOT_ALLOWED ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("me", SignedIn.member().orElse(null));
        return page;
    }
}
