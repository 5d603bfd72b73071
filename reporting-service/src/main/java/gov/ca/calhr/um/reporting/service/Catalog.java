package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.error.UnknownReference;
import gov.ca.calhr.um.reporting.domain.CatalogClassCopy;
import gov.ca.calhr.um.reporting.repository.CatalogClassCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * The classification catalog as reporting knows it (a copy kept from classification-service's
 * events). Goals and a program's UM classes name ELTPA classes only: a goal is the number of LPEL
 * employees expected to be appointed to an ELTPA class (GC 19402; 2 CCR 599.985).
 */
@ApplicationScoped
public class Catalog {

    private final CatalogClassCopyRepository classes;

    public Catalog(CatalogClassCopyRepository classes) {
        this.classes = classes;
    }

    /**
     * Rejects, naming the field ({@code field} with the class's index), a class the catalog does not
     * know or does not designate ELTPA.
     */
    public void requireEltpa(String field, List<String> classCodes) {
        Map<String, CatalogClassCopy> known = classes.byCode(classCodes);
        for (int i = 0; i < classCodes.size(); i++) {
            String code = classCodes.get(i);
            CatalogClassCopy c = known.get(code);
            String name = field.formatted(i);
            if (c == null) {
                throw new UnknownReference(name, "class " + code + " is not in the classification catalog");
            }
            if (!CatalogClassCopy.ELTPA.equals(c.umCategory)) {
                throw new UnknownReference(name, "class " + code + " (" + c.title + ") is "
                        + (c.umCategory == null ? "not designated" : c.umCategory)
                        + ", not an ELTPA class: UM goals and classes name ELTPA classes only");
            }
        }
    }
}
