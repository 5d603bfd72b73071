package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Reporting's copy of a class of the classification catalog, as classification-service last announced it
 * (ClassificationUpserted, kept by {@code CatalogEventsConsumer}).
 */
@Entity
@AuditExcluded("a copy of classification-service's catalog, rebuilt from its events; the owner audits the change")
@Table(name = "catalog_class")
public class CatalogClassCopy {

    public static final String ELTPA = "ELTPA";

    @Id
    @Column(name = "class_code")
    public String classCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "um_category")
    public String umCategory;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
