package com.threadline.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the import tables (a job's headers and mapping, a failed row's cells and problems): cells as the file
 * had them, so not through the API's strict mapper, which refuses some text on the way in.
 */
final class ImportJson {

    static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
