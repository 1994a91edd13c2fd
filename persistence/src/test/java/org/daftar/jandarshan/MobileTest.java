package org.daftar.jandarshan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.jandarshan.JandarshanFixtures.refused;

class MobileTest {

    @ParameterizedTest(name = "\"{0}\" is 9826012345")
    @ValueSource(strings = {
            "9826012345", "९८२६०१२३४५", "+91 98260 12345", "+91-98260-12345", "+९१ ९८२६० १२३४५",
            "919826012345", "09826012345", " 98260-123 45 ", "(982) 601.2345", "९८२६० 12345"})
    void typedFormsBecomeTenAsciiDigits(String typed) {
        assertThat(Mobile.normalise(typed)).isEqualTo("9826012345");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "12345",            // too short
            "5826012345",       // Indian mobiles start with 6-9
            "98260123456",      // eleven digits without a leading 0
            "+9198260123",      // +91 and only eight digits
            "+1 9826012345",    // another country
            "98260abc45",       // letters
            "9826012345 / 9826012346", // two numbers
            "٩٨٢٦٠١٢٣٤٥"})      // Arabic-Indic digits are not what a Hindi keyboard types
    void badNumbersAreRefused(String typed) {
        assertThat(refused(() -> Mobile.normalise(typed)).key()).isEqualTo("jandarshan.mobile.invalid");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - "})
    void aMissingNumberIsAskedFor(String typed) {
        assertThat(refused(() -> Mobile.normalise(typed)).key()).isEqualTo("jandarshan.mobile.required");
    }

    @Test
    void particularsCarryTheNormalisedNumber() {
        assertThat(Particulars.of("सावित्री देवी", null, "सेंदरी", "+९१ ९८२६०१२३४५", "भूमि").mobile()).isEqualTo("9826012345");
    }
}
