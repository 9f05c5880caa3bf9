package id.go.mimikakab.account;

import id.go.mimikakab.system.AfterCommit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the signed-in sessions of an account on every node (the sessions live in the database, indexed by
 * username), after a change that must take effect at once: disabled, moved to another agency or role, a new
 * password. Runs after the change commits, so a change that fails ends nobody's session.
 */
@Component
class StaffSessions {

    private static final Logger log = LoggerFactory.getLogger(StaffSessions.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the username except the one with id {@code keep} (the caller's own, or null for none). */
    void endAllOf(String username, String keep) {
        AfterCommit.run(() -> end(username, keep));
    }

    private void end(String username, String keep) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of {} after a change to the account", ended, username);
        }
    }
}
