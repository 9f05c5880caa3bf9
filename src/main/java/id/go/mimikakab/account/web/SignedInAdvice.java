package id.go.mimikakab.account.web;

import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in member of staff, if any, into every page's model as {@code me}. */
@ControllerAdvice
class SignedInAdvice {

    @ModelAttribute("me")
    StaffMember me() {
        return SignedIn.member().orElse(null);
    }
}
