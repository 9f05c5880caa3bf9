package id.go.mimikakab.system.web;

import id.go.mimikakab.system.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Shows the error page with 404 when a page names a code or id that does not exist (JSON callers get problem details). */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        return page;
    }
}
