package id.go.mimikakab.open311.web;

import java.util.List;
import java.util.Map;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.MediaType;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;

/**
 * The two formats a client chooses by the suffix of the resource: XML (required by GeoReport v2) and JSON (its
 * Spark-convention mapping, where a list of {@code <service>} elements inside {@code <services>} is a plain array).
 * Both are UTF-8 with the spec's content types; XML has the declaration and no namespace; absent optional fields
 * are left out rather than written as null.
 */
enum Open311Format {

    XML(MediaType.parseMediaType("text/xml;charset=utf-8")),
    JSON(MediaType.parseMediaType("application/json;charset=utf-8"));

    private final MediaType contentType;

    Open311Format(MediaType contentType) {
        this.contentType = contentType;
    }

    MediaType contentType() {
        return contentType;
    }

    /** The format named by a path's suffix; XML, the required format, when the suffix names neither. */
    static Open311Format ofPath(String path) {
        return path != null && path.endsWith(".json") ? JSON : XML;
    }

    static Open311Format of(String suffix) {
        return "json".equals(suffix) ? JSON : XML;
    }

    /** A list: in XML the root element holds one element per item, in JSON it is an array. */
    byte[] list(String root, String element, List<?> items) {
        return this == JSON ? Mappers.JSON.writeValueAsBytes(items)
                : Mappers.XML.writer().withRootName(root).writeValueAsBytes(Map.of(element, items));
    }

    /** One object: in XML under the given root element. */
    byte[] object(String root, Object value) {
        return this == JSON ? Mappers.JSON.writeValueAsBytes(value) : Mappers.XML.writer().withRootName(root).writeValueAsBytes(value);
    }

    /** The mappers, built once: snake_case names, no null fields, and for XML a double-quoted UTF-8 declaration. */
    private static final class Mappers {

        static final ObjectMapper JSON = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();

        static final ObjectMapper XML = XmlMapper.builder(XmlFactory.builder().xmlOutputFactory(outputFactory()).build())
                .enable(XmlWriteFeature.WRITE_XML_DECLARATION)
                .defaultUseWrapper(false)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();

        /** Control characters a citizen may have typed are not allowed in XML 1.0: they become spaces. */
        private static WstxOutputFactory outputFactory() {
            WstxOutputFactory factory = new WstxOutputFactory();
            factory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
            factory.setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER, new InvalidCharHandler.ReplacingHandler(' '));
            return factory;
        }
    }
}
