package org.daftar.web.faces;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A table page read from the database: the count and one page, nothing more in memory. */
public class PagedRows<T> extends LazyDataModel<T> {

    public interface Count extends Serializable {
        long count();
    }

    public interface Page<T> extends Serializable {
        List<T> load(int first, int max);
    }

    private final Count count;
    private final Page<T> page;
    private final SerializableKey<T> key;

    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    public PagedRows(Count count, Page<T> page, SerializableKey<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(r -> String.valueOf(key.apply(r)).equals(rowKey)).findFirst().orElse(null);
    }
}
