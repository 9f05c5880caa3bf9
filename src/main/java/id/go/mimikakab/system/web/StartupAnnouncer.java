package id.go.mimikakab.system.web;

import id.go.mimikakab.system.DemoMode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the operator where the program answers and whether it runs in demo mode. */
@Component
class StartupAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncer.class);

    private final DemoMode demoMode;

    StartupAnnouncer(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @EventListener
    void announce(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        log.info("Mimika siap / ready: http://localhost:{}/", port);
        if (demoMode.enabled()) {
            log.warn("MODE DEMO aktif: akun demo (kata sandi 'demo') tersedia. Demo mode is on: never use it for real data.");
        }
    }
}
