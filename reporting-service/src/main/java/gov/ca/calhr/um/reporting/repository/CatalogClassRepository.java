package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.CatalogClass;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CatalogClassRepository implements PanacheRepositoryBase<CatalogClass, String> {

    public Map<String, CatalogClass> byCode(Collection<String> classCodes) {
        if (classCodes.isEmpty()) {
            return Map.of();
        }
        return list("classCode in ?1", classCodes).stream()
                .collect(Collectors.toMap(c -> c.classCode, Function.identity()));
    }
}
