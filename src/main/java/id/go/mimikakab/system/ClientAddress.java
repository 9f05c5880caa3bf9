package id.go.mimikakab.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client behind the current HTTP request, as the server sees it: the connection's peer, or the
 * address a trusted proxy passed on (see {@code server.tomcat.remoteip.internal-proxies}); never a header the
 * client chose. Work not started by a request (scheduled jobs) has the address {@value #NO_REQUEST}.
 */
public final class ClientAddress {

    public static final String NO_REQUEST = "internal";

    private ClientAddress() {
    }

    public static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return NO_REQUEST;
    }
}
