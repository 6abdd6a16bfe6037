package jmlir.bench.compare;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {
    @Test
    void roundTripsNestedValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "a \"quoted\"\\ line\nwith\ttab and \u0001");
        m.put("count", 3L);
        m.put("ms", 12.5);
        m.put("whole", 2.0);
        m.put("flag", true);
        m.put("none", null);
        m.put("list", Arrays.asList(1L, "x", null, List.of()));
        m.put("nested", Map.of("k", List.of(1.25)));
        String text = Json.write(m);
        assertThat(text).doesNotContain("\n");
        Object back = Json.parse(text);
        Map<String, Object> expected = new LinkedHashMap<>(m);
        expected.put("whole", 2L);
        assertThat(back).isEqualTo(expected);
        assertThat(Json.write(back)).isEqualTo(text);
    }

    @Test
    void readsWhitespaceAndExponents() {
        assertThat(Json.parse(" { \"a\" : [ 1e3 , -2.5E-1 ] } ")).isEqualTo(Map.of("a", List.of(1000.0, -0.25)));
        assertThat(Json.parse("\"\\u00e9\\/\"")).isEqualTo("é/");
    }

    @Test
    void writesNonFiniteNumbersAsNull() {
        assertThat(Json.write(List.of(Double.NaN, 1.5))).isEqualTo("[null,1.5]");
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> Json.parse("{\"a\": 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("[1,]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{} x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("\"open")).isInstanceOf(IllegalArgumentException.class);
    }
}
