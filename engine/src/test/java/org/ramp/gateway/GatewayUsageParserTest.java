package org.ramp.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Every usage variant the gateway reads, into one convention: prompt counts every input token. */
class GatewayUsageParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void openAiWithCachedAndReasoningTokens() throws Exception {
        CallUsage usage = parse("""
                {"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500,
                 "prompt_tokens_details": {"cached_tokens": 1024, "audio_tokens": 0},
                 "completion_tokens_details": {"reasoning_tokens": 256}}""");
        assertThat(usage).isEqualTo(CallUsage.of(1200, 1024, 0, 300, 256));
        assertThat(usage.totalTokens()).isEqualTo(1500);
        assertThat(usage.uncachedPromptTokens()).isEqualTo(176);
    }

    @Test
    void openAiPlain() throws Exception {
        assertThat(parse("{\"prompt_tokens\": 10, \"completion_tokens\": 5, \"total_tokens\": 15}"))
                .isEqualTo(CallUsage.of(10, 0, 0, 5, 0));
    }

    @Test
    void deepSeekCacheHitAndMiss() throws Exception {
        CallUsage usage = parse("""
                {"prompt_tokens": 900, "completion_tokens": 50, "total_tokens": 950,
                 "prompt_cache_hit_tokens": 640, "prompt_cache_miss_tokens": 260,
                 "completion_tokens_details": {"reasoning_tokens": 20}}""");
        assertThat(usage).isEqualTo(CallUsage.of(900, 640, 0, 50, 20));
    }

    @Test
    void deepSeekWithoutPromptTokensSumsHitAndMiss() throws Exception {
        assertThat(parse("{\"prompt_cache_hit_tokens\": 64, \"prompt_cache_miss_tokens\": 36, \"completion_tokens\": 7}"))
                .isEqualTo(CallUsage.of(100, 64, 0, 7, 0));
    }

    @Test
    void anthropicInputExcludesBothCacheFields() throws Exception {
        CallUsage usage = parse("""
                {"input_tokens": 50, "cache_read_input_tokens": 3000, "cache_creation_input_tokens": 200,
                 "output_tokens": 400}""");
        assertThat(usage).isEqualTo(CallUsage.of(3250, 3000, 200, 400, 0));
        assertThat(usage.uncachedPromptTokens()).isEqualTo(50);
    }

    @Test
    void openAiResponsesApiInputIncludesCachedTokens() throws Exception {
        CallUsage usage = parse("""
                {"input_tokens": 500, "input_tokens_details": {"cached_tokens": 128},
                 "output_tokens": 90, "output_tokens_details": {"reasoning_tokens": 60}}""");
        assertThat(usage).isEqualTo(CallUsage.of(500, 128, 0, 90, 60));
    }

    @Test
    void proxyWithAnthropicCacheFieldsBesidePromptTokensTakesPromptAsTheTotal() throws Exception {
        CallUsage usage = parse("""
                {"prompt_tokens": 1000, "completion_tokens": 10, "cache_read_input_tokens": 600,
                 "cache_creation_input_tokens": 300}""");
        assertThat(usage).isEqualTo(CallUsage.of(1000, 600, 300, 10, 0));
    }

    @Test
    void missingOrEmptyUsageIsFlagged() throws Exception {
        assertThat(UsageParser.ofResponse(JSON.readTree("{\"choices\": []}"))).isEqualTo(CallUsage.MISSING);
        assertThat(UsageParser.ofResponse(JSON.readTree("{\"usage\": null}"))).isEqualTo(CallUsage.MISSING);
        assertThat(parse("{}").missing()).isTrue();
        assertThat(UsageParser.ofResponse(null).missing()).isTrue();
    }

    @Test
    void nonNumbersAndNegativesAreIgnored() throws Exception {
        assertThat(parse("{\"prompt_tokens\": \"many\", \"completion_tokens\": -3, \"input_tokens\": 4}"))
                .isEqualTo(CallUsage.of(4, 0, 0, 0, 0));
    }

    private static CallUsage parse(String usage) throws Exception {
        return UsageParser.ofResponse(JSON.readTree("{\"usage\": " + usage + "}"));
    }
}
