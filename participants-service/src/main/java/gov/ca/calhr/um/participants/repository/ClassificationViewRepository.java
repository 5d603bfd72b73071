package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.ClassificationView;
import gov.ca.calhr.um.participants.domain.timeline.UmCategory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
public class ClassificationViewRepository implements PanacheRepositoryBase<ClassificationView, String> {

    /** The UM category of each of the classes the catalog knows. */
    public Map<String, UmCategory> categories(Collection<String> classCodes) {
        Map<String, UmCategory> result = new HashMap<>();
        if (classCodes.isEmpty()) {
            return result;
        }
        getEntityManager().createQuery("select c.classCode, c.umCategory from ClassificationView c "
                        + "where c.classCode in :codes", Object[].class)
                .setParameter("codes", classCodes).getResultList()
                .forEach(r -> result.put((String) r[0], UmCategory.of((String) r[1])));
        return result;
    }
}
