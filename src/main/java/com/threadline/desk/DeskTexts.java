package com.threadline.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The desk's texts for page scripts: the keys of the desk's message bundle under {@code js.} and {@code enum.},
 * written once as JSON into every page, so a script's labels come from the same bundle as the templates'.
 */
@Component("deskTexts")
public class DeskTexts {

    static final String BUNDLE = "i18n/desk.properties";

    private final String json;

    DeskTexts(ObjectMapper mapper) throws JsonProcessingException {
        Properties all = new Properties();
        try (InputStream in = new ClassPathResource(BUNDLE).getInputStream()) {
            all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLE, e);
        }
        TreeMap<String, String> forScripts = new TreeMap<>();
        all.stringPropertyNames().stream().filter(key -> key.startsWith("js.") || key.startsWith("enum."))
                .forEach(key -> forScripts.put(key, all.getProperty(key)));
        this.json = mapper.writeValueAsString(forScripts);
    }

    public String json() {
        return json;
    }
}
