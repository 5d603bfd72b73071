package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.ClassificationCopy;
import gov.ca.calhr.um.participants.domain.timeline.UmCategory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The local copy of classification-service's catalog ({@link ClassificationCopy}). */
@ApplicationScoped
public class ClassificationCopyRepository implements PanacheRepositoryBase<ClassificationCopy, String> {

    /** The classes among {@code classCodes} the copy knows, by code. */
    public Map<String, ClassificationCopy> byCode(Collection<String> classCodes) {
        Map<String, ClassificationCopy> byCode = new HashMap<>();
        if (!classCodes.isEmpty()) {
            list("classCode in ?1", classCodes).forEach(c -> byCode.put(c.classCode, c));
        }
        return byCode;
    }

    /** The UM category of each of the classes the catalog knows. */
    public Map<String, UmCategory> categories(Collection<String> classCodes) {
        Map<String, UmCategory> result = new HashMap<>();
        if (classCodes.isEmpty()) {
            return result;
        }
        getEntityManager().createQuery("select c.classCode, c.umCategory from ClassificationCopy c "
                        + "where c.classCode in :codes", Object[].class)
                .setParameter("codes", classCodes).getResultList()
                .forEach(r -> result.put((String) r[0], UmCategory.of((String) r[1])));
        return result;
    }
}
