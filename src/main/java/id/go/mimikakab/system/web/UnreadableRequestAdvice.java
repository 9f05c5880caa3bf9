package id.go.mimikakab.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request body that cannot be read as multipart (cut off, malformed) or that exceeds the upload limits,
 * which happens before any controller is chosen: 400 or 413, as problem details on the JSON API and as the error
 * page elsewhere.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableRequestAdvice {

    private final JsonMapper json;

    UnreadableRequestAdvice(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadable(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ModelAndView page = new ModelAndView("error", status);
            page.addObject("status", status.value());
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, tooLarge
                ? "The upload is too large: each photo has at most 10 MB and a request at most 35 MB."
                : "The multipart body could not be read; it may have been cut off. Send it again.");
        problem.setTitle(tooLarge ? "Upload too large" : "Unreadable request body");
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
        return new ModelAndView();
    }
}
