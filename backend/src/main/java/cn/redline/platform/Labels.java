package cn.redline.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The one label catalog (labels/zh-CN.json, labels/en.json): every enum value of the contract, workflow action,
 * history event, industry, audit vocabulary, problem text and export heading, per language. The SPA reads the same
 * files (a copy made by {@code npm run gen:labels}, checked on every type check). zh-CN is the default language.
 */
public final class Labels {

    public static final String ZH = "zh-CN";
    public static final String EN = "en";
    public static final java.util.List<String> LANGUAGES = java.util.List.of(ZH, EN);

    private static final Map<String, JsonNode> CATALOGS = Map.of(ZH, load(ZH), EN, load(EN));

    private final JsonNode catalog;
    private final String language;

    private Labels(String language) {
        this.language = language;
        this.catalog = CATALOGS.get(language);
    }

    public static Labels of(String language) {
        return new Labels(LANGUAGES.contains(language) ? language : ZH);
    }

    /** The catalog for an Accept-Language header: the first of zh-CN / en the caller prefers, else zh-CN. */
    public static Labels forAcceptLanguage(String header) {
        return of(language(header));
    }

    static String language(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        String best = ZH;
        double bestQ = -1;
        for (String range : header.split(",")) {
            String[] parts = range.strip().split(";");
            String tag = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String lang = tag.startsWith("zh") ? ZH : tag.startsWith("en") ? EN : null;
            if (lang != null && q > bestQ && q > 0) {
                best = lang;
                bestQ = q;
            }
        }
        return best;
    }

    public String language() {
        return language;
    }

    /**
     * A day as an official document writes it: 2026年12月9日 in Chinese (the 成文日期 style of GB/T 9704, Arabic numerals,
     * no leading zeros), 2026-12-09 in English; null stays null.
     */
    public String date(java.time.LocalDate day) {
        if (day == null) {
            return null;
        }
        return ZH.equals(language) ? chinese(day) : day.toString();
    }

    /** 2026年12月9日: a day in a Chinese sentence the server writes whatever the reader's language (a stored reason). */
    public static String chinese(java.time.LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** The text at a dotted path ("enum.State.REPORTED"), or null when the catalog has none. */
    public String find(String path) {
        JsonNode node = catalog;
        for (String part : path.split("\\.")) {
            node = node.get(part);
            if (node == null) {
                return null;
            }
        }
        return node.isTextual() ? node.asText() : null;
    }

    /** The text at a path, {{name}} placeholders filled; the path itself when missing (a test keeps that from happening). */
    public String text(String path, Map<String, ?> args) {
        String t = find(path);
        if (t == null) {
            return path;
        }
        for (Map.Entry<String, ?> a : args.entrySet()) {
            t = t.replace("{{" + a.getKey() + "}}", String.valueOf(a.getValue()));
        }
        return t;
    }

    public String text(String path) {
        return text(path, Map.of());
    }

    /** An enum value of the contract, by its schema name (the enum's simple name). */
    public String of(Enum<?> value) {
        return value == null ? null : enumValue(value.getDeclaringClass().getSimpleName(), value.name());
    }

    public String enumValue(String schema, String value) {
        String t = find("enum." + schema + "." + value);
        return t == null ? value : t;
    }

    public String industry(String code) {
        String t = code == null ? null : find("industry." + code);
        return t == null ? code : t;
    }

    /** A history step: a workflow action reads as its button does; other event types (REPORT, ESCALATE, MOVE) their own. */
    public String event(String type) {
        String t = find("enum.Action." + type);
        if (t == null) {
            t = find("event." + type);
        }
        return t == null ? type : t;
    }

    /** {{count}} with the plural form of the language (_one / _other, as i18next reads them). */
    public String count(String path, long count) {
        String one = count == 1 ? find(path + "_one") : null;
        return text(one != null ? path + "_one" : path + "_other", Map.of("count", count));
    }

    private static JsonNode load(String language) {
        try (InputStream in = Labels.class.getResourceAsStream("/labels/" + language + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Label catalog labels/" + language + ".json is missing");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
