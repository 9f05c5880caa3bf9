package id.go.mimikakab.system.web;

import java.time.Duration;

import id.go.mimikakab.system.Identity;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the regency's configured colours as CSS custom properties, so that no colour is hard-coded in a template. */
@Controller
class ThemeController {

    private final Identity identity;

    ThemeController(Identity identity) {
        this.identity = identity;
    }

    @GetMapping(value = "/theme.css", produces = "text/css")
    ResponseEntity<String> theme() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .contentType(MediaType.valueOf("text/css"))
                .body(":root{--brand:" + identity.primaryColor() + ";}\n");
    }
}
