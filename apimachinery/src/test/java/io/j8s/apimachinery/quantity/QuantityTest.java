package io.j8s.apimachinery.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.j8s.apimachinery.quantity.Quantity.Format;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    /** Rows of Kubernetes' TestQuantityParse: input, canonical form. */
    @ParameterizedTest
    @CsvSource({
            "0,0", "0n,0", "0u,0", "0m,0", "0Ki,0", "0k,0", "0Mi,0", "0M,0", "0Gi,0", "0G,0", "0Ti,0", "0T,0",
            "1Ki,1Ki", "8Ki,8Ki", "7Mi,7Mi", "6Gi,6Gi", "5Ti,5Ti", "4Pi,4Pi", "3Ei,3Ei", "10Ti,10Ti", "100Ti,100Ti",
            "5n,5n", "4u,4u", "3m,3m", "9,9", "8k,8k", "50k,50k", "7M,7M", "6G,6G", "5T,5T", "40T,40T", "300T,300T",
            "2P,2P", "1E,1E",
            "1E-3,1e-3", "1e-3,1e-3", "1E6,1e6", "1e9,1e9", "1E12,1e12", "1e15,1e15", "1E18,1e18",
            "1e14,100e12", "1e13,10e12", "1e3,1e3", "100.035k,100035",
            "0.001,1m", "0.0005k,500m", "0.005,5m", "0.05,50m", "0.5,500m", "0.00050k,500m", "0.00500,5m",
            "0.05000,50m", "0.50000,500m", "0.5e0,500e-3", "0.5e-1,50e-3", "0.5e-2,5e-3", "10.035M,10035k",
            "1.2e3,1200", "1.3E+6,1300e3", "1.40e9,1400e6", "1.53E12,1530e9", "1.6e15,1600e12", "1.7E18,1700e15",
            "9.01,9010m", "8.1k,8100", "7.123456M,7123456", "6.987654321G,6987654321", "5.444T,5444G",
            "40.1T,40100G", "300.2T,300200G", "2.5P,2500T", "1.01E,1010P",
            "3.001n,4n", "1.1E-9,2e-9", "0.0000000001,1n", "0.0000000005,1n", "0.00000000050,1n", "0.5e-9,1e-9",
            "0.9n,1n", "0.00000012345,124n", "0.00000012354,124n",
            "1000m,1", "1536Mi,1536Mi", "1.5Gi,1536Mi", "2048Ki,2Mi", "0.5Gi,512Mi", "0.1Ki,102400m", "1023,1023",
            "-1,-1", "-100m,-100m", "-1.5Gi,-1536Mi", "+5,5", "1.,1", ".5,500m", "-,0", "012,12"})
    void parsesAndPrintsCanonicallyAsKubernetes(String in, String canonical) {
        assertThat(Quantity.parse(in).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.5 Gi", "1GiB", "1e", "1ee3", "-1n-", "1 ", " 1", "1Zi", "1K", "1.2.3"})
    void rejectsWhatKubernetesRejects(String in) {
        assertThatThrownBy(() -> Quantity.parse(in)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wordsErrorsAsKubernetes() {
        assertThatThrownBy(() -> Quantity.parse("abc")).hasMessage(
                "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
        assertThatThrownBy(() -> Quantity.parse("1Zi")).hasMessage(
                "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
        assertThatThrownBy(() -> Quantity.parse("1GiM")).hasMessage("unable to parse quantity's suffix");
        assertThatThrownBy(() -> Quantity.parse(".")).hasMessage("unable to parse numeric part of quantity");
        assertThat(Quantity.tryParse("x")).isEmpty();
    }

    @Test
    void valuesRoundAwayFromZero() {
        assertThat(Quantity.parse("100m").milliValue()).isEqualTo(100);
        assertThat(Quantity.parse("100m").value()).isEqualTo(1);
        assertThat(Quantity.parse("1.5").value()).isEqualTo(2);
        assertThat(Quantity.parse("-1.5").value()).isEqualTo(-2);
        assertThat(Quantity.parse("1n").milliValue()).isEqualTo(1);
        assertThat(Quantity.parse("1Gi").value()).isEqualTo(1L << 30);
        assertThat(Quantity.parse("2").milliValue()).isEqualTo(2000);
        assertThat(Quantity.parse("1e999999999").value()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void binaryQuantitiesAreCappedAtTheLargestInt64() {
        assertThat(Quantity.parse("9Ei").value()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void arithmeticIsExactAndKeepsTheFormatOfTheReceiver() {
        Quantity sum = Quantity.parse("100m").add(Quantity.parse("900m"));
        assertThat(sum.toString()).isEqualTo("1");
        assertThat(Quantity.parse("1Gi").add(Quantity.parse("512Mi")).toString()).isEqualTo("1536Mi");
        assertThat(Quantity.parse("1").subtract(Quantity.parse("250m")).toString()).isEqualTo("750m");
        assertThat(Quantity.ZERO.add(Quantity.parse("1Ki")).toString()).isEqualTo("1Ki");
        assertThat(Quantity.parse("0.1").add(Quantity.parse("0.2"))).isEqualTo(Quantity.parse("300m"));
    }

    @Test
    void comparesAndEqualsByValueWhateverTheFormat() {
        assertThat(Quantity.parse("1k")).isEqualTo(Quantity.parse("1000")).isEqualTo(Quantity.parse("1e3"));
        assertThat(Quantity.parse("1k").hashCode()).isEqualTo(Quantity.parse("1000.000").hashCode());
        assertThat(Quantity.parse("1Ki").compareTo(Quantity.parse("1k"))).isPositive();
        assertThat(Quantity.parse("500m").compareTo(Quantity.parse("0.5"))).isZero();
    }

    @Test
    void convertsToAndFromTheFabric8Model() {
        var model = new io.fabric8.kubernetes.api.model.Quantity("1.5Gi");
        Quantity q = Quantity.of(model);
        assertThat(q.toString()).isEqualTo("1536Mi");
        assertThat(q.toModel().toString()).isEqualTo("1536Mi");
    }

    @Test
    void buildsFromMilliValues() {
        assertThat(Quantity.ofMilli(1500, Format.DECIMAL_SI).toString()).isEqualTo("1500m");
        assertThat(Quantity.ofMilli(2000, Format.DECIMAL_SI).toString()).isEqualTo("2");
        assertThat(Quantity.of(new BigDecimal("0.0000000001"), Format.DECIMAL_SI).toString()).isEqualTo("1n");
    }

    @Property
    void canonicalFormsParseBackToTheSameValue(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long milli) {
        for (Format f : Format.values()) {
            Quantity q = Quantity.ofMilli(milli, f);
            assertThat(Quantity.parse(q.toString())).isEqualTo(q);
            assertThat(Quantity.parse(q.toString()).milliValue()).isEqualTo(milli);
        }
    }
}
