package id.go.mimikakab.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoReport v2 client that knows only the specification: it speaks HTTP to the real server, sends forms in UTF-8
 * and reads the answers as XML documents or JSON trees.
 */
final class Open311Client {

    static final String KEY = "demo-open311";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    Open311Client(int port) {
        this.base = "http://localhost:" + port + "/open311/v2/";
    }

    HttpResponse<String> get(String resource) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + resource)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String resource, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + resource))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase()).startsWith("application/json").contains("charset=utf-8"));
        return json.readTree(response.body());
    }

    /** The document, after checking what the spec asks of every XML answer: the declaration with UTF-8, no namespace. */
    Document xml(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase()).startsWith("text/xml").contains("charset=utf-8"));
        assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").doesNotContain("xmlns");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getXmlEncoding()).isEqualToIgnoringCase("UTF-8");
        assertThat(document.getDocumentElement().getNamespaceURI()).isNull();
        return document;
    }

    /** The child elements of an element with this name. */
    static List<Element> children(Node parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The text of the one child element of this name, or null when there is none. */
    static String text(Node parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<" + name + "> elements").hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }
}
