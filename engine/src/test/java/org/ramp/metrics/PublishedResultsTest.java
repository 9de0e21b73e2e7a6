package org.ramp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramp.RepositoryPaths;

/** The 15 published rows of RAMP's results, reproduced from their scores and totals. */
class PublishedResultsTest {
    private static final Path REFERENCE_CSV = RepositoryPaths.referenceCsv();

    /** The published metric columns, read apart from the reader under test. */
    private record Published(String model, String pipelineScore, String meanReward, int stage, double aei) {
    }

    private static List<Published> published() throws IOException {
        List<String> lines = Files.readAllLines(REFERENCE_CSV);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",")).map(cells ->
                new Published(cells[header.indexOf("model")], cells[header.indexOf("pipeline_score")],
                        cells[header.indexOf("mean_reward")], Integer.parseInt(cells[header.indexOf("pipeline_stage")]),
                        Double.parseDouble(cells[header.indexOf("aei")]))).toList();
    }

    private static List<ModelRun> runs() throws Exception {
        return RampCsvReader.read(REFERENCE_CSV);
    }

    @Test
    void pipelineScoreMeanRewardAndStageMatchAsPrinted() throws Exception {
        List<ModelRun> runs = runs();
        List<Published> published = published();
        assertThat(runs).hasSize(15).hasSameSizeAs(published);
        for (int i = 0; i < runs.size(); i++) {
            Published expected = published.get(i);
            Scorecard card = Scorecard.of(runs.get(i).measures(), AeiScales.RAMP);
            assertThat(runs.get(i).model()).isEqualTo(expected.model());
            assertThat(twoDecimals(card.pipelineScore())).as(expected.model() + " PL")
                    .isEqualByComparingTo(expected.pipelineScore());
            assertThat(twoDecimals(card.meanReward())).as(expected.model() + " MR")
                    .isEqualByComparingTo(expected.meanReward());
            assertThat(card.stage()).as(expected.model() + " stage").isEqualTo(expected.stage());
        }
    }

    @Test
    void theUnroundedMeanRewardReproducesEveryPublishedAeiWithin0002() throws Exception {
        // RAMP.md's claim; measured: the largest difference is 0.00097 (glm-5.1)
        double largest = largestAeiDifference(MeanRewardRounding.NONE);
        assertThat(largest).isLessThan(0.002).isGreaterThan(0.0009);
    }

    @Test
    void theMeanRewardRoundedToTwoDecimalsReproducesThePublishedAeiToItsFourDecimals() throws Exception {
        assertThat(largestAeiDifference(MeanRewardRounding.TWO_DECIMALS)).isLessThanOrEqualTo(0.00005 + 1e-9);
    }

    @Test
    void theHeadlineResultsFollow() throws Exception {
        List<Scorecard> cards = runs().stream().map(run -> Scorecard.of(run.measures(), AeiScales.RAMP)).toList();
        Scorecard bestPipeline = cards.stream().max(Comparator.comparingDouble(Scorecard::pipelineScore)).orElseThrow();
        Scorecard lowestAei = cards.stream().min(Comparator.comparingDouble(Scorecard::aei)).orElseThrow();
        assertThat(bestPipeline).isSameAs(lowestAei);
        assertThat(bestPipeline.pipelineScore()).isCloseTo(94.73, within(0.005));
        assertThat(lowestAei.aei()).isCloseTo(51.55, within(0.005));
        assertThat(cards.stream().mapToDouble(Scorecard::aei).max().orElseThrow()).isCloseTo(77.39, within(0.005));
        assertThat(cards.stream().mapToInt(Scorecard::stage).max().orElseThrow()).isEqualTo(3);
    }

    private static double largestAeiDifference(MeanRewardRounding rounding) throws Exception {
        List<ModelRun> runs = runs();
        List<Published> published = published();
        double largest = 0;
        for (int i = 0; i < runs.size(); i++) {
            double aei = AeiComponents.of(runs.get(i).measures(), AeiScales.RAMP, rounding).mean();
            largest = Math.max(largest, Math.abs(aei - published.get(i).aei()));
        }
        return largest;
    }

    private static BigDecimal twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
