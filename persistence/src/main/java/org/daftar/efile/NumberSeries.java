package org.daftar.efile;

import jakarta.persistence.*;

/**
 * A gapless counter: receipt serials per section and year, file serials per subject head and
 * year, dispatch numbers per section and year. The row is locked for the rest of the transaction
 * that takes a number, so a number is used exactly when the transaction that took it commits.
 */
@Entity
@Table(name = "number_series")
public class NumberSeries {

    @Id
    @Column(name = "series_key", length = 60)
    private String key;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected NumberSeries() {
    }

    public NumberSeries(String key) {
        this.key = key;
    }

    public int next() { return ++lastValue; }

    public String getKey() { return key; }
    public int getLastValue() { return lastValue; }
}
