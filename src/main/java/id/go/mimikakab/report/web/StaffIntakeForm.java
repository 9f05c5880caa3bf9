package id.go.mimikakab.report.web;

import java.util.UUID;

import id.go.mimikakab.report.ReportSubmission;

/**
 * A report taken down by staff from a phone call, a WhatsApp message or a visit: the citizen's form plus the
 * channel, whether the ticket and later news go to the caller's phone by SMS, and an idempotency key made when the
 * form is opened so that a double submit records one report.
 */
record StaffIntakeForm(String kind, String categoryCode, String description, String districtCode, String villageCode,
        String address, String reporterName, String reporterPhone, String reporterEmail, Boolean anonymous,
        Boolean confidential, Boolean smsReceipt, String channel, String idempotencyKey) {

    static StaffIntakeForm empty() {
        return new StaffIntakeForm("COMPLAINT", null, null, null, null, null, null, null, null, false, false, true, "PHONE",
                UUID.randomUUID().toString());
    }

    ReportSubmission toSubmission() {
        return new ReportSubmission(kind, categoryCode, description, districtCode, villageCode, null, null, address,
                anonymous, confidential, reporterName, reporterPhone, reporterEmail);
    }

    /** Whether the caller gave a phone and staff left "send by SMS" ticked. */
    boolean textsCaller() {
        return Boolean.TRUE.equals(smsReceipt) && reporterPhone != null && !reporterPhone.isBlank();
    }

    /** The same entries under a fresh key, after the old key was used for other content. */
    StaffIntakeForm withNewKey() {
        return new StaffIntakeForm(kind, categoryCode, description, districtCode, villageCode, address, reporterName,
                reporterPhone, reporterEmail, anonymous, confidential, smsReceipt, channel, UUID.randomUUID().toString());
    }
}
