package id.go.mimikakab.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.system.Identity;
import id.go.mimikakab.system.Wit;

/**
 * Lays a document out as PDF from its template, {@code templates/document/pdf/<templateCode>.html}, or the general
 * layout when a template has none of its own: the regency's letterhead, the title and number, the holder, the
 * values in order, the QR code to the verification page and the signature block. Always in Bahasa Indonesia, the
 * language of the official document.
 */
@Component
class DocumentLayout {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String GENERAL = "umum";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN).withZone(Wit.ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm 'WIT'", INDONESIAN)
            .withZone(Wit.ZONE);

    private final ITemplateEngine templates;
    private final Identity identity;

    DocumentLayout(ITemplateEngine templates, Identity identity) {
        this.templates = templates;
        this.identity = identity;
    }

    /** The unsigned PDF. */
    byte[] render(DocumentRequest request, Agency agency, String number, String verificationUrl, Instant issuedAt,
            String signerName, String location) {
        Context context = new Context(INDONESIAN);
        context.setVariable("identity", identity);
        context.setVariable("agency", agency);
        context.setVariable("request", request);
        context.setVariable("number", number);
        context.setVariable("url", verificationUrl);
        context.setVariable("qr", QrCode.of(verificationUrl));
        context.setVariable("issuedOn", DATE.format(issuedAt));
        context.setVariable("issuedAt", DATE_TIME.format(issuedAt));
        context.setVariable("signer", signerName);
        context.setVariable("location", location);
        return pdf(templates.process("document/pdf/" + templateOf(request.templateCode()), context));
    }

    static String templateOf(String templateCode) {
        return new ClassPathResource("templates/document/pdf/" + templateCode + ".html").exists() ? templateCode : GENERAL;
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            // A document holds only what its template and request put in it: nothing is fetched, whatever a value says.
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useUriResolver(noUris());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be laid out as PDF", e);
        }
        return out.toByteArray();
    }

    private static FSUriResolver noUris() {
        return (base, uri) -> null;
    }
}
