package gov.ca.calhr.um.classification.repository;

import gov.ca.calhr.um.classification.domain.CatalogSearch;
import gov.ca.calhr.um.classification.domain.Classification;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ClassificationRepository implements PanacheRepositoryBase<Classification, String> {

    public List<Classification> unannounced() {
        return list("announced = false order by classCode");
    }

    public Optional<Classification> findBySchematicCode(String schematicCode) {
        return find("schematicCode", schematicCode).firstResultOptional();
    }

    public PanacheQuery<Classification> search(CatalogSearch f) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (f.category() != null) {
            where.add("storedUmCategory = :category");
            params.and("category", f.category());
        }
        if (f.group() != null) {
            where.add("storedOccupationalGroup = :group");
            params.and("group", f.group());
        }
        if (f.text() != null) {
            // current and former titles, and the codes themselves
            where.add("(classCode = :code or schematicCode = :code"
                    + " or exists (select 1 from Classification c2 join c2.titles t"
                    + " where c2 = c and lower(t.title) like :text))");
            params.and("code", f.text().toUpperCase()).and("text", "%" + f.text().toLowerCase() + "%");
        }
        // salary filter: the class's main range overlaps the requested range
        if (f.salaryFrom() != null) {
            where.add("salaryMax >= :salaryFrom");
            params.and("salaryFrom", f.salaryFrom());
        }
        if (f.salaryTo() != null) {
            where.add("salaryMin <= :salaryTo");
            params.and("salaryTo", f.salaryTo());
        }
        if (!f.includeAbolished()) {
            where.add("(abolishedOn is null or abolishedOn > :asOf)");
            params.and("asOf", f.asOf());
        }
        String query = "from Classification c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, Sort.by("classCode"), params);
    }
}
