package id.go.mimikakab.open311.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import id.go.mimikakab.system.Wit;

import org.springframework.http.HttpStatus;

import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The shapes GeoReport v2 answers with, named as the spec names them (snake_case; a list inside an element is
 * wrapped, as {@code <attributes><attribute>…}). IDs and codes are strings; date-times are w3 with the WIT offset.
 */
final class Open311Json {

    private static final DateTimeFormatter W3 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Open311Json() {
    }

    /** A moment as GeoReport v2 writes it, to the second with the offset {@code +09:00}; null stays null. */
    static String w3(Instant instant) {
        return instant == null ? null : W3.format(instant.atZone(Wit.ZONE));
    }

    record Discovery(String changeset, String contact, String keyService,
            @JacksonXmlElementWrapper(localName = "endpoints") @JacksonXmlProperty(localName = "endpoint") List<Endpoint> endpoints) {
    }

    record Endpoint(String specification, String url, String changeset, String type,
            @JacksonXmlElementWrapper(localName = "formats") @JacksonXmlProperty(localName = "format") List<String> formats) {
    }

    record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
            String keywords, String group) {
    }

    record ServiceDefinition(String serviceCode,
            @JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute") List<Attribute> attributes) {
    }

    record Attribute(boolean variable, String code, String datatype, boolean required, String datatypeDescription,
            int order, String description,
            @JacksonXmlElementWrapper(localName = "values") @JacksonXmlProperty(localName = "value") List<Value> values) {
    }

    record Value(String key, String name) {
    }

    /** The answer to a submission: the ticket at once (type realtime) and what happens next. */
    record Created(String serviceRequestId, String serviceNotice) {
    }

    record Token(String serviceRequestId, String token) {
    }

    record Request(String serviceRequestId, String status, String statusNotes, String serviceName, String serviceCode,
            String description, String agencyResponsible, String requestedDatetime, String updatedDatetime,
            String expectedDatetime, String address, String addressId, Double lat, @JsonProperty("long") Double lon,
            String mediaUrl, Extended extendedAttributes) {
    }

    /** What {@code extensions=true} adds to a request: its public notes, oldest first. */
    record Extended(@JacksonXmlElementWrapper(localName = "notes") @JacksonXmlProperty(localName = "note") List<Update> notes) {
    }

    /** One public step of a request, as the servicerequestupdates extension (FixMyStreet and others) describes it. */
    record Update(String updateId, String serviceRequestId, String status, String updatedDatetime, String description,
            String mediaUrl) {
    }

    record Error(String code, String description) {
        static Error of(HttpStatus status, String description) {
            return new Error(Integer.toString(status.value()), description);
        }
    }
}
