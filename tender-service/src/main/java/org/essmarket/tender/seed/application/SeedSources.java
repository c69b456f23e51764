package org.essmarket.tender.seed.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.essmarket.tender.seed.domain.DemoChoice;
import org.essmarket.tender.seed.domain.SourceContract;
import org.essmarket.tender.seed.domain.SourceNotice;
import org.essmarket.tender.tender.domain.AwardCriterion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the open data shipped in {@code seed/} (see ATTRIBUTION.md there): DECP contracts in the
 * official 2019 JSON format, BOAMP notices in their XML schema (v230), and the demo choices.
 */
public final class SeedSources {

    static final String DECP = "/seed/decp-marches.json";
    static final List<String> BOAMP = List.of("/seed/boamp/test-attribution-12.xml");
    static final String CHOICES = "/seed/demo-choices.csv";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeedSources() {
    }

    public static List<SourceContract> decpContracts(InputStream json) {
        List<SourceContract> contracts = new ArrayList<>();
        for (JsonNode record : JSON.readTree(json).path("marches")) {
            JsonNode place = record.path("lieuExecution");
            contracts.add(new SourceContract(text(record, "id"), text(record.path("acheteur"), "id"),
                    text(record.path("acheteur"), "nom"), text(record, "objet"), text(record, "codeCPV"),
                    text(record, "procedure"), text(place, "typeCode"), text(place, "code"),
                    record.path("montant").isNumber() ? record.path("montant").decimalValue() : null,
                    text(record, "nature"), record.path("dureeMois").isNumber() ? record.path("dureeMois").asInt() : null));
        }
        return contracts;
    }

    public static SourceNotice boampNotice(InputStream xml) {
        Element notice = parse(xml).getDocumentElement();
        Element object = child(notice, "DONNEES", "OBJET");
        List<SourceNotice.SourceLot> lots = new ArrayList<>();
        List<AwardCriterion> criteria = new ArrayList<>();
        for (Element lot : children(child(object, "LOTS"), "LOT")) {
            lots.add(new SourceNotice.SourceLot(Integer.parseInt(text(lot, "NUM")), text(lot, "INTITULE"),
                    text(lot, "CPV", "PRINCIPAL")));
            if (criteria.isEmpty()) {
                criteria.addAll(criteria(child(lot, "CRITERES_ATTRIBUTION")));
            }
        }
        Element procedure = child(notice, "DONNEES", "PROCEDURE", "TYPE_PROCEDURE");
        return new SourceNotice(text(notice, "GESTION", "REFERENCE", "IDWEB"),
                text(notice, "DONNEES", "IDENTITE", "DENOMINATION"), text(object, "TITRE_MARCHE"),
                text(object, "OBJET_COMPLET"), text(object, "CPV", "PRINCIPAL"),
                procedure == null ? null : firstChildName(procedure),
                text(notice, "GESTION", "INDEXATION", "DEP_PUBLICATION"), lots, criteria);
    }

    /** The weighted quality criteria, then price ("Prix"), as a BOAMP lot lists them; empty when unweighted. */
    private static List<AwardCriterion> criteria(Element awardCriteria) {
        List<AwardCriterion> criteria = new ArrayList<>();
        for (Element criterion : children(child(awardCriteria, "CRITERES_QUALITE"), "CRITERE")) {
            if (criterion.getAttribute("POIDS").isBlank()) {
                return List.of();
            }
            criteria.add(new AwardCriterion(criterion.getTextContent().strip(),
                    Integer.parseInt(criterion.getAttribute("POIDS").strip())));
        }
        String price = text(awardCriteria, "CRITERES_PRIX", "POIDS");
        if (price != null) {
            criteria.add(new AwardCriterion("Prix", Integer.parseInt(price)));
        }
        return criteria;
    }

    /** {@code source,lot,choice,value}: four plain columns, never quoted. */
    public static List<DemoChoice> demoChoices(InputStream csv) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            List<DemoChoice> choices = new ArrayList<>();
            String header = reader.readLine();
            if (header == null || !header.strip().equals("source,lot,choice,value")) {
                throw new IllegalStateException("demo choices: expected the header source,lot,choice,value");
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split(",", -1);
                if (columns.length != 4) {
                    throw new IllegalStateException("demo choices: not 4 columns: " + line);
                }
                choices.add(new DemoChoice(columns[0].strip(), columns[1].isBlank() ? null
                        : Integer.valueOf(columns[1].strip()), columns[2].strip(), columns[3].strip()));
            }
            return choices;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource of the service; a missing one is an error naming it. */
    static InputStream resource(String name) {
        InputStream in = SeedSources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the service's resources");
        }
        return in;
    }

    private static Document parse(InputStream xml) {
        try (xml) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Our own files, but no reason to let a parser fetch anything.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder().parse(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("not a BOAMP notice: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String... path) {
        Element current = parent;
        for (String name : path) {
            if (current == null) {
                return null;
            }
            current = children(current, name).stream().findFirst().orElse(null);
        }
        return current;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }

    private static String firstChildName(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element.getTagName();
            }
        }
        return null;
    }

    private static String text(Element parent, String... path) {
        Element element = child(parent, path);
        return element == null ? null : element.getTextContent().strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
