package io.jenkins.plugins.ramp.views;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.jexl.Expression;
import org.apache.commons.jexl.ExpressionFactory;
import org.apache.commons.jexl.JexlContext;
import org.apache.commons.jexl.JexlHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * Renders the plugin's Jelly views outside Jenkins, as Jenkins' Jelly renders them where it matters for escaping:
 * expressions are JEXL 1.1 (the language Jenkins' Jelly evaluates), and with {@code escape-by-default} every
 * expression's value is XML-escaped in text and attributes. Supported: j:jelly, j:forEach, j:if, j:choose/when/
 * otherwise, j:set, st:include (looked up in the included object's class, as Stapler does; optional ones may be
 * missing), l:layout and l:main-panel (their content), and plain HTML elements. Anything else fails the render, so a
 * view cannot use a tag this stand-in would silently drop; {@code j:out} and raw output are refused outright.
 */
public final class JellyRenderer {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final String CORE = "jelly:core";
    private static final String STAPLER = "jelly:stapler";
    private static final String LAYOUT = "/lib/layout";

    private final Map<String, Object> globals = new LinkedHashMap<>();

    public JellyRenderer() {
        globals.put("rootURL", "/jenkins");
        globals.put("resURL", "/jenkins/static/abc");
    }

    /** The view {@code page} of {@code it}'s class, rendered with {@code it}. */
    public String render(Object it, String page) throws Exception {
        StringBuilder out = new StringBuilder();
        include(it, it.getClass(), page, false, out);
        return out.toString();
    }

    private void include(Object it, Class<?> from, String page, boolean optional, StringBuilder out) throws Exception {
        Document view = view(from, page);
        if (view == null) {
            if (optional) {
                return;
            }
            throw new AssertionError("no view " + page + " for " + from);
        }
        boolean escaping = false;
        for (Node n = view.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof ProcessingInstruction pi && pi.getTarget().equals("jelly")
                    && pi.getData().replace('"', '\'').contains("escape-by-default='true'")) {
                escaping = true;
            }
        }
        if (!escaping) {
            throw new AssertionError(from.getSimpleName() + "/" + page + " does not escape by default");
        }
        Map<String, Object> vars = new LinkedHashMap<>(globals);
        vars.put("it", it);
        children(view.getDocumentElement(), vars, out);
    }

    private static Document view(Class<?> type, String page) throws Exception {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + "/" + page)) {
                if (in != null) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    return factory.newDocumentBuilder().parse(in);
                }
            }
        }
        return null;
    }

    private void children(Element element, Map<String, Object> vars, StringBuilder out) throws Exception {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                out.append(interpolate(n.getNodeValue(), vars));
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                node((Element) n, vars, out);
            }
        }
    }

    private void node(Element e, Map<String, Object> vars, StringBuilder out) throws Exception {
        String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
        String tag = e.getLocalName();
        if (ns.equals(CORE)) {
            switch (tag) {
                case "jelly" -> children(e, vars, out);
                case "if" -> {
                    if (truth(evaluate(e.getAttribute("test"), vars))) {
                        children(e, vars, out);
                    }
                }
                case "forEach" -> {
                    Object items = evaluate(e.getAttribute("items"), vars);
                    Collection<?> list = items == null ? java.util.List.of()
                            : items instanceof Collection<?> c ? c : java.util.List.of(items);
                    for (Object item : new ArrayList<>(list)) {
                        Map<String, Object> inner = new LinkedHashMap<>(vars);
                        inner.put(e.getAttribute("var"), item);
                        children(e, inner, out);
                    }
                }
                case "choose" -> choose(e, vars, out);
                case "set" -> vars.put(e.getAttribute("var"), evaluate(e.getAttribute("value"), vars));
                default -> throw new AssertionError("j:" + tag + " is not rendered by this stand-in (j:out is raw)");
            }
        } else if (ns.equals(STAPLER) && tag.equals("include")) {
            Object it = e.hasAttribute("it") ? evaluate(e.getAttribute("it"), vars) : vars.get("it");
            Object from = e.hasAttribute("from") ? evaluate(e.getAttribute("from"), vars) : it;
            boolean optional = "true".equals(e.getAttribute("optional"));
            if (from == null) {
                if (!optional) {
                    throw new AssertionError("st:include of nothing");
                }
                return;
            }
            include(it, from.getClass(), e.getAttribute("page"), optional, out);
        } else if (ns.equals(LAYOUT) && (tag.equals("layout") || tag.equals("main-panel"))) {
            children(e, vars, out);
        } else if (ns.isEmpty()) {
            out.append('<').append(tag);
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                out.append(' ').append(a.getNodeName()).append("=\"").append(interpolate(a.getNodeValue(), vars))
                        .append('"');
            }
            if (e.getFirstChild() == null) {
                out.append("/>");
            } else {
                out.append('>');
                children(e, vars, out);
                out.append("</").append(tag).append('>');
            }
        } else {
            throw new AssertionError(ns + ":" + tag + " is not rendered by this stand-in");
        }
    }

    private void choose(Element e, Map<String, Object> vars, StringBuilder out) throws Exception {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (c.getLocalName().equals("when") && truth(evaluate(c.getAttribute("test"), vars))) {
                    children(c, vars, out);
                    return;
                }
                if (c.getLocalName().equals("otherwise")) {
                    children(c, vars, out);
                    return;
                }
            }
        }
    }

    /** Template text with every expression's value escaped (escape-by-default); literal text escaped as Jelly writes it. */
    private static String interpolate(String text, Map<String, Object> vars) throws Exception {
        StringBuilder out = new StringBuilder();
        Matcher m = EXPRESSION.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            Object value = evaluate(m.group(0), vars);
            out.append(escape(value == null ? "" : value.toString()));
            last = m.end();
        }
        out.append(escape(text.substring(last)));
        return out.toString();
    }

    private static Object evaluate(String attribute, Map<String, Object> vars) throws Exception {
        Matcher m = EXPRESSION.matcher(attribute.trim());
        if (!m.matches()) {
            return attribute;
        }
        Expression expression = ExpressionFactory.createExpression(m.group(1));
        JexlContext context = JexlHelper.createContext();
        @SuppressWarnings("unchecked")
        Map<String, Object> contextVars = context.getVars();
        contextVars.putAll(vars);
        return expression.evaluate(context);
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value != null && !"false".equals(value.toString());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static InputStream stream(Class<?> type, String page) throws IOException {
        return type.getResourceAsStream(type.getSimpleName() + "/" + page);
    }
}
