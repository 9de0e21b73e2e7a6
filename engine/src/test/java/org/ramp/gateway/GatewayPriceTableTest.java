package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayPriceTableTest {

    @Test
    void costChargesUncachedCachedCacheWriteAndOutputTokens() {
        ModelPrice price = new ModelPrice("m", 2.0, 0.5, 8.0, "test", "");
        // 1,000,000 prompt tokens of which 400,000 cache reads and 100,000 cache writes; 250,000 out
        CallUsage usage = CallUsage.of(1_000_000, 400_000, 100_000, 250_000, 50_000);
        double expected = 0.5 * 2.0 + 0.4 * 0.5 + 0.1 * 2.0 + 0.25 * 8.0;
        assertThat(price.cost(usage)).isCloseTo(expected, within(1e-12));
        assertThat(price.cost(CallUsage.MISSING)).isZero();
    }

    @Test
    void bundledDefaultsHaveSourcesAndDates() {
        PriceTable defaults = PriceTable.defaults();
        assertThat(defaults.prices()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(defaults.prices()).allSatisfy(p -> {
            assertThat(p.source()).isNotBlank();
            assertThat(p.asOf()).isNotBlank();
            assertThat(p.cachedInputPerMillion()).isLessThanOrEqualTo(p.inputPerMillion());
        });
        assertThat(defaults.require("gpt-4o").outputPerMillion()).isEqualTo(10.0);
    }

    @Test
    void userFileIsMergedOverTheDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("prices.json");
        Files.writeString(file, """
                {"models": {"gpt-4o": {"input": 1, "cachedInput": 0.1, "output": 2},
                            "my-model": {"input": 3, "output": 4, "source": "our contract", "asOf": "2025-01-01"}}}""");
        PriceTable table = PriceTable.defaults().merge(PriceTable.read(file));
        assertThat(table.require("gpt-4o").inputPerMillion()).isEqualTo(1.0);
        assertThat(table.require("my-model")).isEqualTo(new ModelPrice("my-model", 3, 3, 4, "our contract", "2025-01-01"));
        assertThat(table.find("gpt-4o-mini")).isPresent();
        assertThat(PriceTable.parse(table.toJson(), "round trip").prices()).containsExactlyElementsOf(table.prices());
    }

    @Test
    void badFilesNameTheFileModelAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"models\": {\"x\": {\"input\": \"cheap\", \"output\": 1}}}");
        assertThatThrownBy(() -> PriceTable.read(file)).isInstanceOf(GatewayException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("model x").hasMessageContaining("\"input\"");
        Files.writeString(file, "{\"prices\": []}");
        assertThatThrownBy(() -> PriceTable.read(file)).hasMessageContaining("no \"models\" object");
        Files.writeString(file, "{not json");
        assertThatThrownBy(() -> PriceTable.read(file)).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PriceTable.read(dir.resolve("none.json"))).hasMessageContaining("does not exist");
        Files.writeString(file, "{\"models\": {\"x\": {\"input\": -1, \"output\": 1}}}");
        assertThatThrownBy(() -> PriceTable.read(file)).hasMessageContaining("0 or more");
    }

    @Test
    void optionStringIsParsed() {
        assertThat(PriceTable.parseOption("acme/coder-v2=1.5, 0.15 ,6"))
                .isEqualTo(new ModelPrice("acme/coder-v2", 1.5, 0.15, 6, "command line", ""));
        assertThat(PriceTable.parseOption("weird=name=1,1,1").model()).isEqualTo("weird=name");
        assertThatThrownBy(() -> PriceTable.parseOption("m=1,2")).hasMessageContaining("three numbers");
        assertThatThrownBy(() -> PriceTable.parseOption("m=1,x,2")).hasMessageContaining("'x' is not a number");
        assertThatThrownBy(() -> PriceTable.parseOption("1,2,3")).hasMessageContaining("MODEL=IN,CACHED,OUT");
        assertThatThrownBy(() -> PriceTable.parseOption("=1,2,3")).hasMessageContaining("MODEL=IN,CACHED,OUT");
    }

    @Test
    void unknownModelErrorSaysHowToAddAPrice() {
        assertThatThrownBy(() -> PriceTable.defaults().require("mystery-1"))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("no price for model 'mystery-1'")
                .hasMessageContaining("--price mystery-1=IN,CACHED,OUT")
                .hasMessageContaining("{\"models\": {\"mystery-1\": {\"input\"");
    }
}
