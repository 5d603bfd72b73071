package gov.ca.calhr.um.commons.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code page} counts from 0; {@code total} counts every match. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> view) {
        return ofRows(query, page, size, rows -> rows.stream().map(view).toList());
    }

    /** A page whose rows are turned into views together (their children read in one query, not one per row). */
    public static <E, T> Page<T> ofRows(PanacheQuery<E> query, int page, int size, Function<List<E>, List<T>> views) {
        List<T> items = views.apply(query.page(io.quarkus.panache.common.Page.of(page, size)).list());
        return new Page<>(items, page, size, query.count());
    }
}
