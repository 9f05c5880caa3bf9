package id.go.mimikakab.system.web;

import jakarta.servlet.http.HttpServletRequest;

import id.go.mimikakab.system.DemoMode;
import id.go.mimikakab.system.Identity;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What every page's frame shows (the regency's identity, the DEMO mark); available in templates as {@code @layout}. */
@Component("layout")
public class Layout {

    private final Identity identity;
    private final DemoMode demoMode;

    Layout(Identity identity, DemoMode demoMode) {
        this.identity = identity;
        this.demoMode = demoMode;
    }

    public boolean demo() {
        return demoMode.enabled();
    }

    public String platformName() {
        return identity.platformName();
    }

    public String regencyName() {
        return identity.regencyName();
    }

    /** The path of the current request inside the application, e.g. {@code /pimpinan}; empty outside a request. */
    public String path() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "";
        }
        HttpServletRequest request = attributes.getRequest();
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
