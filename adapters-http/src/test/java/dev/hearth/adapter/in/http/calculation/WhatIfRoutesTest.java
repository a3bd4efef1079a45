package dev.hearth.adapter.in.http.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.adapter.in.http.RouteTestServer;
import dev.hearth.application.service.debt.PlanDebtRepaymentsService;
import dev.hearth.application.service.estimate.CompareCircumstancesService;
import dev.hearth.application.service.estimate.DrawEarningsCurveService;
import dev.hearth.application.service.estimate.EstimateUniversalCreditService;
import dev.hearth.application.service.rent.AssessRentRiskService;
import dev.hearth.testsupport.DocumentedHttp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The earnings curve and the changes-of-circumstances comparison over real HTTP, every answer checked against
 * docs/openapi.json; the SVG chart parsed as XML and rasterized with Apache Batik, as a browser-free renderer would.
 */
class WhatIfRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static RouteTestServer server;

    @BeforeAll
    static void start() {
        server = RouteTestServer.start(new CalculationRoutes(new EstimateUniversalCreditService(),
                new DrawEarningsCurveService(), new CompareCircumstancesService(), new PlanDebtRepaymentsService(),
                new AssessRentRiskService()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .POST(BodyPublishers.ofString(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }

    private static ObjectNode curveExample() throws Exception {
        return CalculationRoutesTest.example("earnings-curve.json");
    }

    @Test
    void the_example_curve_names_the_work_allowance_and_the_end_of_the_award_to_the_penny() throws Exception {
        HttpResponse<String> response = post("/v1/estimates/universal-credit/earnings-curve",
                curveExample().toString(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("points").size()).isEqualTo(31);
        assertThat(body.at("/points/0/awardPence").asLong()).isEqualTo(122_884);
        assertThat(body.at("/points/10/marginalDeductionRatePercent").decimalValue()).isEqualByComparingTo("55");
        assertThat(body.at("/points/10/rateCauses/0").asText()).isEqualTo("TAPER");
        assertThat(body.at("/thresholds/0/event").asText()).isEqualTo("WORK_ALLOWANCE_ENDS");
        assertThat(body.at("/thresholds/0/earningsPence").asLong()).isEqualTo(42_701);
        assertThat(body.at("/thresholds/1/event").asText()).isEqualTo("ENTITLEMENT_ENDS");
        assertThat(body.at("/thresholds/1/earningsPence").asLong()).isEqualTo(266_125);
        assertThat(body.at("/points/1").has("explanation")).as("points carry no explanation of their own").isFalse();
        assertThat(body.at("/explanation/steps").size()).isGreaterThan(10);
        assertThat(body.get("expanded").isNull()).isTrue();
    }

    @Test
    void any_point_can_be_expanded_into_its_full_estimate() throws Exception {
        ObjectNode request = curveExample();
        request.put("expandPoint", 20);

        JsonNode body = JSON.readTree(post("/v1/estimates/universal-credit/earnings-curve", request.toString(), null)
                .body());

        assertThat(body.at("/expanded/awardPence").asLong()).isEqualTo(body.at("/points/20/awardPence").asLong());
        assertThat(body.at("/expanded/explanation/steps").size()).isGreaterThan(10);
    }

    @Test
    void the_same_request_with_accept_svg_answers_an_accessible_chart_that_renders() throws Exception {
        HttpResponse<String> response = post("/v1/estimates/universal-credit/earnings-curve",
                curveExample().toString(), "image/svg+xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("image/svg+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");
        assertThat(text(svg, "title", 0)).contains("Universal Credit and net income");
        assertThat(text(svg, "desc", 0)).contains("31 points", "£427.01", "£2,661.25", "the award reaches nil");
        NodeList paths = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        assertThat(paths.getLength()).isEqualTo(2);
        assertThat(((Element) paths.item(1)).getAttribute("stroke-dasharray"))
                .as("the award line differs from net income by pattern, not only colour").isNotEmpty();

        BufferedImage image = rasterize(response.body());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(480);
        assertThat(countPixels(image, 0x0b5394)).as("net income line drawn").isGreaterThan(500);
        assertThat(countPixels(image, 0xb45f06)).as("award line drawn").isGreaterThan(300);
    }

    @Test
    void an_accept_header_preferring_json_or_naming_only_wildcards_gets_json() throws Exception {
        for (String accept : List.of("application/json", "*/*", "application/json, image/svg+xml;q=0.5")) {
            HttpResponse<String> response = post("/v1/estimates/universal-credit/earnings-curve",
                    curveExample().toString(), accept);
            assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
        }
    }

    @Test
    void bad_curves_answer_422_with_a_stable_code_per_field_never_5xx() throws Exception {
        assertProblem(with(curveExample(), "stepPence", 0), "stepPence", "must_be_positive");
        assertProblem(with(curveExample(), "stepPence", 1), "stepPence", "too_many_points");
        assertProblem(with(curveExample(), "adult", 1), "adult", "unknown_adult");
        ObjectNode points = curveExample();
        points.remove("stepPence");
        points.put("points", 2001);
        assertProblem(points, "points", "too_many_points");
        assertProblem(with(curveExample(), "toPence", 9_000_000_000_000_000L), "toPence", "too_large");
        ObjectNode noClaimants = curveExample();
        ((ObjectNode) noClaimants.get("household")).remove("claimants");
        assertProblem(noClaimants, "household.claimants", "required");
        ObjectNode noHousehold = curveExample();
        noHousehold.remove("household");
        assertProblem(noHousehold, "household", "required");
    }

    @Test
    void a_bad_curve_asked_for_as_svg_still_answers_problem_json() throws Exception {
        HttpResponse<String> response = post("/v1/estimates/universal-credit/earnings-curve",
                with(curveExample(), "stepPence", 0).toString(), "image/svg+xml");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void the_example_comparison_says_when_each_change_counts_and_what_it_changes() throws Exception {
        HttpResponse<String> response = post("/v1/estimates/universal-credit/comparison",
                CalculationRoutesTest.example("circumstances-comparison.json").toString(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/current/awardPence").asLong()).isEqualTo(122_884);
        assertThat(body.at("/changes/0/effectivePeriodStart").asText()).isEqualTo("2026-06-14");
        assertThat(body.at("/changes/0/effectiveDateRule").asText()).isEqualTo("uc.whatif.change.effective_period");
        assertThat(body.at("/changes/0/lines/1/line").asText()).isEqualTo("child element");
        assertThat(body.at("/changes/0/lines/1/differencePence").asLong()).isEqualTo(30_394);
        assertThat(body.at("/changes/1/label").asText()).isEqualTo("Sam moves in, earning £1,000 a month");
        assertThat(body.at("/changes/1/effectivePeriodStart").asText()).isEqualTo("2026-06-14");
    }

    @Test
    void a_change_before_the_current_period_answers_422() throws Exception {
        ObjectNode request = CalculationRoutesTest.example("circumstances-comparison.json");
        ((ObjectNode) request.get("changes").get(0)).put("occursOn", "2026-01-01");
        assertProblem("/v1/estimates/universal-credit/comparison", request, "changes[0].occursOn",
                "before_current_period");
    }

    private static ObjectNode with(ObjectNode node, String field, long value) {
        node.put(field, value);
        return node;
    }

    private static void assertProblem(ObjectNode body, String field, String code) throws Exception {
        assertProblem("/v1/estimates/universal-credit/earnings-curve", body, field, code);
    }

    private static void assertProblem(String path, ObjectNode body, String field, String code) throws Exception {
        HttpResponse<String> response = post(path, body.toString(), null);
        assertThat(response.statusCode()).as(field + " " + code).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        boolean found = false;
        for (JsonNode error : problem.get("errors")) {
            found |= error.get("field").asText().equals(field) && error.get("code").asText().equals(code);
        }
        assertThat(found).as(response.body()).isTrue();
    }

    private static String text(Document svg, String element, int index) {
        return svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", element).item(index).getTextContent();
    }

    /** Renders SVG text to an image with Batik (no browser, no display). */
    static BufferedImage rasterize(String svg) throws TranscoderException {
        BufferedImage[] result = new BufferedImage[1];
        ImageTranscoder transcoder = new ImageTranscoder() {
            @Override
            public BufferedImage createImage(int width, int height) {
                return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            }

            @Override
            public void writeImage(BufferedImage image, TranscoderOutput output) {
                result[0] = image;
            }
        };
        transcoder.transcode(new TranscoderInput(new StringReader(svg)), null);
        return result[0];
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
