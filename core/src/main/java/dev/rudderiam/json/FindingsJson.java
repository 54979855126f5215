package dev.rudderiam.json;

import dev.rudderiam.validation.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Validation findings as JSON, {@code [{"severity","code","path","message","link"}]}: the one form the
 * {@code validate} command prints and the role bundle's {@code findings} holds.
 */
public final class FindingsJson {
    private FindingsJson() {
    }

    /** {@return the findings as JSON values for {@link JsonValues#write}, one object each, in order} */
    public static List<Map<String, Object>> values(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        return findings.stream().map(FindingsJson::value).collect(Collectors.toList());
    }

    /** {@return the findings as a JSON array, laid out in {@code style}} */
    public static String write(List<Finding> findings, JsonStyle style) {
        return JsonValues.write(values(findings), style);
    }

    private static Map<String, Object> value(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("severity", finding.severity().name());
        json.put("code", finding.code());
        json.put("path", finding.path());
        json.put("message", finding.message());
        json.put("link", finding.link());
        return json;
    }
}
