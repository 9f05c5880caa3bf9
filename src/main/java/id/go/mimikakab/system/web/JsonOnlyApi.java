package id.go.mimikakab.system.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.xml.JacksonXmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps the JSON API answering JSON only. Jackson's XML module is on the class path for the Open311 interface, which
 * writes its XML itself; without this, Spring MVC would add an XML converter and a browser, whose {@code Accept}
 * header prefers XML to anything else, would get the JSON API and its problem details as XML.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyApi implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.configureMessageConvertersList(list -> list.removeIf(JacksonXmlHttpMessageConverter.class::isInstance));
    }
}
