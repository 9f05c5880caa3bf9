package id.go.mimikakab.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.audit.AuditTrail;
import id.go.mimikakab.system.UnguessableCodes;
import id.go.mimikakab.system.Identity;
import id.go.mimikakab.system.Nik;
import id.go.mimikakab.system.NotFoundException;
import id.go.mimikakab.system.Wit;

/**
 * Issues signed documents and answers for them: numbers the document, lays it out with a QR code to its
 * verification page, signs it, and stores the signed file with its SHA-256, all in the caller's transaction, so
 * a document exists exactly when the step that issued it (e.g. an approved application) commits.
 */
@Component
public class IssuedDocuments {

    /** 15 random bytes: 120 bits, written as 24 characters of lower-case base32. */
    static final String REASON = "Dokumen elektronik diterbitkan melalui layanan daring";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DocumentNumbers numbers;
    private final DocumentLayout layout;
    private final SigningKey key;
    private final AgencyDirectory agencies;
    private final AuditTrail audit;
    private final Identity identity;
    private final DocumentProperties properties;

    IssuedDocuments(JdbcClient jdbc, Clock clock, DocumentNumbers numbers, DocumentLayout layout, SigningKey key,
            AgencyDirectory agencies, AuditTrail audit, Identity identity, DocumentProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.numbers = numbers;
        this.layout = layout;
        this.key = key;
        this.agencies = agencies;
        this.audit = audit;
        this.identity = identity;
        this.properties = properties;
    }

    /** Issues the document in the caller's transaction and records it in the audit trail. */
    @Transactional
    public IssuedDocument issue(DocumentRequest request) {
        Agency agency = agencies.find(request.agencyCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown agency " + request.agencyCode()));
        DocumentSigner signer = key.signer();
        String signerName = key.signerName();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String code = newCode();
        String number = numbers.next(agency.code(), Wit.dateOf(now).getYear());
        byte[] unsigned = layout.render(request, agency, number, verificationUrl(code), now, signerName,
                properties.signingLocation());
        byte[] signed = PdfSignature.sign(unsigned, signer, signerName, properties.signingLocation(), REASON, now);
        String sha256 = sha256(signed);
        jdbc.sql("""
                        insert into issued_document (verification_code, number, template_code, title, agency_code, holder_name,
                                                     holder_nik_masked, case_reference, issued_at, sha256, signer, pdf)
                        values (:code, :number, :template, :title, :agency, :holder, :nik, :caseReference, :at, :sha256,
                                :signer, :pdf)""")
                .param("code", code)
                .param("number", number)
                .param("template", request.templateCode())
                .param("title", request.title())
                .param("agency", agency.code())
                .param("holder", request.holderName())
                .param("nik", Nik.parse(request.holderNik()).map(Nik::masked).orElse(null), java.sql.Types.VARCHAR)
                .param("caseReference", request.caseReference(), java.sql.Types.VARCHAR)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("sha256", sha256)
                .param("signer", cut(signerName, 200))
                .param("pdf", signed, java.sql.Types.BINARY)
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", number);
        after.put("title", request.title());
        after.put("agency", agency.code());
        after.put("caseReference", request.caseReference());
        after.put("sha256", sha256);
        audit.record("DOCUMENT_ISSUED", "document", number, null, after);
        return new IssuedDocument(code, number, sha256, now, agency.code(), request.holderName(), request.title());
    }

    public Optional<IssuedDocument> find(String verificationCode) {
        if (!wellFormedCode(verificationCode)) {
            return Optional.empty();
        }
        return jdbc.sql("select * from issued_document where verification_code = :code")
                .param("code", verificationCode)
                .query(IssuedDocuments::document)
                .optional();
    }

    /** The signed file exactly as issued. */
    public byte[] pdf(String verificationCode) {
        if (!wellFormedCode(verificationCode)) {
            throw new NotFoundException("No document " + verificationCode);
        }
        return jdbc.sql("select pdf from issued_document where verification_code = :code")
                .param("code", verificationCode)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElseThrow(() -> new NotFoundException("No document " + verificationCode));
    }

    /** The document whose signed file has this SHA-256 (hex, either case); empty for any changed file. */
    public Optional<IssuedDocument> findBySha256(String hex) {
        String normalized = normalizedHash(hex);
        if (normalized == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from issued_document where sha256 = :sha256")
                .param("sha256", normalized)
                .query(IssuedDocuments::document)
                .optional();
    }

    /** What the public page shows of a document; empty for an unknown code. */
    public Optional<VerifiedDocument> verification(String verificationCode) {
        if (!wellFormedCode(verificationCode)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select d.*, a.name as agency_name from issued_document d join agency a on a.code = d.agency_code
                        where d.verification_code = :code""")
                .param("code", verificationCode)
                .query((rs, n) -> new VerifiedDocument(document(rs, n), rs.getString("agency_name"),
                        rs.getString("holder_nik_masked"), rs.getString("signer")))
                .optional();
    }

    String verificationUrl(String code) {
        String base = identity.publicUrl() == null || identity.publicUrl().isBlank() ? "http://localhost:8080"
                : identity.publicUrl().strip().replaceAll("/+$", "");
        return base + "/verifikasi/" + code;
    }

    /** The SHA-256 of a file, in lower-case hex, as documents are identified by. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hex of 64 digits, spaces and a "sha256:" prefix allowed around it; {@code null} if it is not one. */
    public static String normalizedHash(String hex) {
        if (hex == null) {
            return null;
        }
        String value = hex.strip().toLowerCase(Locale.ROOT).replaceFirst("^sha-?256:", "").replaceAll("\\s+", "");
        return value.matches("[0-9a-f]{64}") ? value : null;
    }

    static boolean wellFormedCode(String code) {
        return UnguessableCodes.wellFormed(code);
    }

    static String newCode() {
        return UnguessableCodes.next();
    }

    private static IssuedDocument document(ResultSet rs, int n) throws SQLException {
        return new IssuedDocument(rs.getString("verification_code"), rs.getString("number"), rs.getString("sha256"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("agency_code"),
                rs.getString("holder_name"), rs.getString("title"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
