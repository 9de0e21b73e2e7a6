package org.ramp.results;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ramp.util.AtomicFiles;

/**
 * JUnit XML for a run: a test suite a stage, a test case a program (a check for T0). A case fails when
 * it scores below 100; the stage's score, status and failure class (and whether it counts as the model's,
 * the infrastructure's or the configuration's) are suite properties. Reasons come
 * from agent output, so characters XML cannot hold are dropped.
 */
public final class JUnitReport {
    private JUnitReport() {
    }

    public static void write(RunResult run, Path file) throws IOException {
        AtomicFiles.write(file, render(run));
    }

    public static String render(RunResult run) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", clean("ramp " + run.runId()));
            xml.writeAttribute("tests", String.valueOf(run.stages().stream().mapToInt(s -> s.cases().size()).sum()));
            xml.writeAttribute("failures", String.valueOf(run.stages().stream()
                    .flatMap(s -> s.cases().stream()).filter(c -> c.score() < 100).count()));
            for (StageResult stage : run.stages()) {
                suite(xml, run, stage);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out + "\n";
    }

    private static void suite(XMLStreamWriter xml, RunResult run, StageResult stage) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(stage.id() + " " + stage.name()));
        xml.writeAttribute("tests", String.valueOf(stage.cases().size()));
        xml.writeAttribute("failures", String.valueOf(stage.cases().stream().filter(c -> c.score() < 100).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(stage.grade() == null ? 0 : stage.grade().seconds()));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "score", String.format(Locale.ROOT, "%.2f", stage.score()));
        property(xml, "status", stage.status().id());
        property(xml, "inputs", stage.inputs().id());
        property(xml, "resurrected", String.valueOf(stage.resurrected()));
        if (stage.failure() != null) {
            FailureClass failureClass = stage.failure().failureClass();
            property(xml, "failureClass", failureClass.id());
            // counted apart, as in run.json's totals: the model's, the harness's, or the set-up's
            property(xml, "failureCountedAs", failureClass == FailureClass.INFRASTRUCTURE ? "infrastructure"
                    : failureClass == FailureClass.CONFIGURATION ? "configuration" : "model");
        }
        property(xml, "model", run.settings().model());
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        for (CaseResult result : stage.cases()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", clean("ramp." + stage.id()));
            xml.writeAttribute("name", clean(result.name()));
            xml.writeAttribute("time", seconds(result.seconds()));
            if (result.score() < 100) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", "score");
                xml.writeAttribute("message", clean(String.format(Locale.ROOT, "score %.2f: %s", result.score(),
                        firstLine(result.reason()))));
                xml.writeCharacters(clean(result.reason()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", clean(value == null ? "" : value));
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Drops the characters XML 1.0 cannot contain (most control characters, lone surrogates). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
