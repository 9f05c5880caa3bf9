package id.go.mimikakab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.go.mimikakab.testing.Cases;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A fuzz run over the JSON API with the project's own generator: every API mapping, found at run time, gets generated
 * bad path values, query parameters, headers and bodies (broken JSON, wrong types, huge numbers, hostile text), as a
 * citizen, a command-centre operator or an agency's staff. Whatever comes in, the answer is never a server error, and
 * every refusal of the JSON API is an RFC 9457 problem (Open311 keeps the error format its standard fixes).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiFuzzIntegrationTests {

    static final int CASES_PER_ENDPOINT = 25;
    static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");
    static final String[] PARAMETERS = {"year", "from", "workingDays", "limit", "agency", "category", "district", "status",
        "light", "page", "size", "start_date", "end_date", "service_code", "service_request_id", "api_key", "lat", "long",
        "after", "before", "weeks", "jurisdiction_id", "pin"};
    static final String[] FIELDS = {"kind", "categoryCode", "description", "districtCode", "villageCode", "latitude",
        "longitude", "address", "anonymous", "confidential", "reporterName", "reporterPhone", "reporterEmail", "channel",
        "pin", "answer", "rating", "comment", "reason", "agencyCode", "note", "duplicateOf", "question", "username",
        "message", "visibleToPublic", "plannedFor"};
    static final String[] WHO = {null, "demo-mcc", "demo-pupr.staf", "demo-admin"};

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String pattern) {
    }

    private List<Endpoint> apiEndpoints() {
        TreeSet<String> seen = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/open311/")) {
                    var methods = info.getMethodsCondition().getMethods();
                    for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                        seen.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        List<Endpoint> endpoints = new ArrayList<>();
        seen.forEach(line -> endpoints.add(new Endpoint(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1))));
        return endpoints;
    }

    @Test
    void noGeneratedRequestToTheApiGetsAServerErrorAndEveryApiRefusalIsAProblem() throws Exception {
        List<Endpoint> endpoints = apiEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(30);
        List<String> failures = new ArrayList<>();
        int[] sent = {0};
        for (Endpoint endpoint : endpoints) {
            Cases.check(CASES_PER_ENDPOINT, random -> {
                String uri = uri(endpoint.pattern(), random);
                MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), uri);
                String who = WHO[random.nextInt(WHO.length)];
                if (who != null) {
                    request.header("Authorization", "Bearer " + who);
                }
                if (random.nextInt(4) == 0) {
                    request.header("Idempotency-Key", Cases.hostileText(random, 300));
                }
                request.header("Accept", random.nextInt(5) == 0 ? "application/xml" : "application/json");
                String body = "";
                if (endpoint.method().equals("POST")) {
                    body = body(random);
                    request.contentType(random.nextInt(6) == 0 ? "text/plain" : "application/json").content(body);
                }
                try {
                    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                    sent[0]++;
                    int status = response.getStatus();
                    String what = endpoint.method() + " " + uri + " body " + abbreviated(body) + " as " + who + " → " + status;
                    if (status >= 500) {
                        failures.add(what + " " + abbreviated(response.getContentAsString()));
                    } else if (status >= 400 && uri.startsWith("/api/") && status != 406
                            && !String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
                        failures.add(what + " with content type " + response.getContentType());
                    }
                } catch (Exception e) {
                    failures.add(endpoint.method() + " " + uri + " threw " + e);
                }
            });
        }
        assertThat(failures).as("answers to %d generated requests", sent[0]).isEmpty();
    }

    private static String uri(String pattern, Random random) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (variables.find()) {
            String regex = variables.group(2);
            String value = regex != null && regex.contains("json") ? (random.nextInt(5) == 0 ? "xml" : "json")
                    : URLEncoder.encode(pathValue(random), StandardCharsets.UTF_8);
            variables.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        variables.appendTail(uri);
        int parameters = random.nextInt(4);
        for (int i = 0; i < parameters; i++) {
            uri.append(i == 0 ? '?' : '&').append(PARAMETERS[random.nextInt(PARAMETERS.length)]).append('=')
                    .append(URLEncoder.encode(scalar(random), StandardCharsets.UTF_8));
        }
        return uri.toString();
    }

    private static String pathValue(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "94.04.01";
            case 1 -> "ABCD-2345";
            case 2 -> String.valueOf(random.nextLong());
            default -> {
                String text = Cases.hostileText(random, 40).replace("/", "").replace("\\", "").replace(";", "");
                yield text.isBlank() || text.equals(".") || text.equals("..") ? "x" : text;
            }
        };
    }

    private static String scalar(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> String.valueOf(random.nextInt());
            case 1 -> "2026-13-45";
            case 2 -> "2026-12-01T10:00:00+09:00";
            case 3 -> "1e400";
            default -> Cases.hostileText(random, 60);
        };
    }

    private static String body(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "{\"kind\":";
            case 2 -> "[" + "[".repeat(random.nextInt(2000)) ;
            case 3 -> "null";
            case 4 -> "\"" + Cases.hostileText(random, 50).replace("\"", "") + "\"";
            default -> object(random);
        };
    }

    private static String object(Random random) {
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(8);
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\":").append(value(random, 0));
        }
        return json.append('}').toString();
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 2 ? 6 : 8)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextBoolean());
            case 2 -> String.valueOf(random.nextLong());
            case 3 -> "1" + "0".repeat(random.nextInt(400));
            case 4 -> "-1.5e308";
            case 5 -> "\"" + escaped(Cases.hostileText(random, random.nextInt(10) == 0 ? 30_000 : 80)) + "\"";
            case 6 -> "[" + value(random, depth + 1) + "," + value(random, depth + 1) + "]";
            default -> "{\"x\":" + value(random, depth + 1) + "}";
        };
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
