package gov.ca.calhr.um.commons.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code page} counts from 0; {@code total} counts every match. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The page of a query's results (services answer pages, never the query itself). */
    public static <E> Page<E> of(PanacheQuery<E> query, int page, int size) {
        return new Page<>(query.page(io.quarkus.panache.common.Page.of(page, size)).list(), page, size, query.count());
    }

    /** The same page, each row shown as a view. */
    public <R> Page<R> map(Function<T, R> view) {
        return new Page<>(items.stream().map(view).toList(), page, size, total);
    }

    /** The same page, its rows turned into views together (their children read in one query, not one per row). */
    public <R> Page<R> mapRows(Function<List<T>, List<R>> views) {
        return new Page<>(views.apply(items), page, size, total);
    }
}
