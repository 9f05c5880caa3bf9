package id.go.mimikakab.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details for refusals that happen in security filters, before any controller runs. */
class ApiProblemWriter {

    private final JsonMapper json;

    ApiProblemWriter(JsonMapper json) {
        this.json = json;
    }

    void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(title);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
