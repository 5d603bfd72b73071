package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.CatalogClassCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reporting's copy of classification-service's catalog (table catalog_class). */
@ApplicationScoped
public class CatalogClassCopyRepository implements PanacheRepositoryBase<CatalogClassCopy, String> {

    /** The classes of the catalog among {@code classCodes}, by class code (those it does not know left out). */
    public Map<String, CatalogClassCopy> byCode(Collection<String> classCodes) {
        if (classCodes.isEmpty()) {
            return Map.of();
        }
        return list("classCode in ?1", classCodes).stream()
                .collect(Collectors.toMap(c -> c.classCode, Function.identity()));
    }
}
