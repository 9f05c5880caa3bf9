package id.go.mimikakab.system.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers, for requests it refuses before Spring sees them (a {@code %00} or an encoded
 * {@code /..} in the path, headers over the size limit): problem details (RFC 9457) for the JSON API, and for
 * everything else Tomcat's short page without server version or stack trace.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!forApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        // as Tomcat's own report: nothing for 1xx to 3xx, when something was written, or when it was reported already
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail(status) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is going away; there is nobody left to tell
        }
    }

    private static boolean forApi(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        return uri != null && (uri.startsWith("/api/") || uri.equals("/api"));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }

    private static String detail(int status) {
        return status < 500 ? "The request was refused before it reached the application: its path, headers or size are not allowed."
                : "The server could not answer this request.";
    }
}
