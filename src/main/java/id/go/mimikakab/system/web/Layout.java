package id.go.mimikakab.system.web;

import id.go.mimikakab.system.DemoMode;
import id.go.mimikakab.system.Identity;

import org.springframework.stereotype.Component;

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
}
