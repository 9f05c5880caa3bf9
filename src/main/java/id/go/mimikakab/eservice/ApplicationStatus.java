package id.go.mimikakab.eservice;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands, as the applicant follows it. */
public enum ApplicationStatus {
    /** Diajukan: received; the agency checks the documents within the verification time. */
    SUBMITTED,
    /** Diverifikasi: an officer is checking the form and the documents. */
    VERIFICATION,
    /** Dikembalikan: returned to the applicant to correct named fields or documents; the agency's clock is paused. */
    RETURNED,
    /** Diproses: the documents are complete; the agency prepares the product. */
    PROCESSING,
    /** Menunggu persetujuan: the agency head approves or rejects it. */
    APPROVAL,
    /** Terbit: approved; the document has been issued to the applicant. */
    ISSUED,
    /** Ditolak: refused, with the legal reason. */
    REJECTED;

    static final Set<ApplicationStatus> BEING_VERIFIED = Set.copyOf(EnumSet.of(SUBMITTED, VERIFICATION));
    static final Set<ApplicationStatus> REJECTABLE = Set.copyOf(EnumSet.of(SUBMITTED, VERIFICATION, PROCESSING, APPROVAL));

    /** Whether the application is still open (not issued or rejected). */
    public boolean open() {
        return this != ISSUED && this != REJECTED;
    }

    /** The workflow step the agency owes in this status, or null when it owes none. */
    public StepName step() {
        return switch (this) {
            case SUBMITTED, VERIFICATION -> StepName.VERIFICATION;
            case PROCESSING -> StepName.PROCESSING;
            case APPROVAL -> StepName.APPROVAL;
            default -> null;
        };
    }
}
