package org.daftar.web.faces.export;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.component.html.HtmlCommandLink;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader sees in a table cell. PrimeFaces exports a cell's value holders, but a cell
 * written as template text ({@code #{row.name()} (#{row.code()})}) or as markup around outputs
 * would reach the file as the raw expression; such a component is rendered as the page renders it
 * and reduced to its visible text.
 */
final class CellText {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?</script>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private CellText() {
    }

    /** Whether PrimeFaces' own reading of the component gives its value rather than markup. */
    static boolean readByPrimeFaces(UIComponent component) {
        return component instanceof ValueHolder || component instanceof EditableValueHolder
                || component instanceof HtmlCommandLink;
    }

    /** The component rendered for the current row, as plain text. */
    static String rendered(FacesContext context, UIComponent component) {
        StringWriter html = new StringWriter();
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(context.getRenderKit().createResponseWriter(html, "text/html", StandardCharsets.UTF_8.name()));
        try {
            component.encodeAll(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (original != null) {
                context.setResponseWriter(original);
            }
        }
        return plain(html.toString());
    }

    /** Markup reduced to its visible text: no scripts, no tags, entities decoded, spaces collapsed. */
    static String plain(String html) {
        String text = TAG.matcher(SCRIPT.matcher(html).replaceAll(" ")).replaceAll(" ");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group(1), entity.group())));
        }
        entity.appendTail(decoded);
        return SPACE.matcher(decoded).replaceAll(" ").strip();
    }

    private static String decode(String name, String whole) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return Character.toString(Integer.parseInt(name.substring(2), 16));
        }
        if (name.startsWith("#")) {
            return Character.toString(Integer.parseInt(name.substring(1)));
        }
        return NAMED.getOrDefault(name, whole);
    }
}
