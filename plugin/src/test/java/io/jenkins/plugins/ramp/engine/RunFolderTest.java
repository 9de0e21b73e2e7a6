package io.jenkins.plugins.ramp.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunFolderTest {
    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o", "claude-3.5-sonnet", "baseline", "A_1", "x"})
    void plainFileNamesAreRunNames(String name) {
        assertThat(RunFolder.nameProblem(name)).isNull();
        assertThat(RunFolder.of(name)).isEqualTo("ramp/" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "../x", "a/b", "a\\b", ".hidden", "-x", "with space", "tab\there",
            "new\nline", "$(id)", "a;b", "ümlaut"})
    void anythingElseIsRefusedWithWhatIsAllowed(String name) {
        assertThat(RunFolder.nameProblem(name)).contains("plain file name").doesNotContain("\n").doesNotContain("\t");
        assertThatThrownBy(() -> RunFolder.of(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingNameSaysHowToGiveOne() {
        assertThat(RunFolder.nameProblem(null)).contains("name: 'gpt-4o'");
        assertThat(RunFolder.nameProblem("")).contains("name: 'gpt-4o'");
    }

    @Test
    void namesAreAtMostEightyCharacters() {
        assertThat(RunFolder.nameProblem("a".repeat(80))).isNull();
        assertThat(RunFolder.nameProblem("a".repeat(81))).contains("1 to 80");
    }

    @Test
    void stagesAreT0ToT5() {
        for (int i = 0; i <= 5; i++) {
            assertThat(RunFolder.stageProblem("T" + i)).isNull();
        }
        for (String bad : new String[] {"T6", "t1", "1", "T1 ", "T10", "", "../T1"}) {
            assertThat(RunFolder.stageProblem(bad)).as(bad).contains("use T0, T1, T2, T3, T4 or T5");
        }
        assertThat(RunFolder.stageProblem(null)).isNotNull();
    }
}
