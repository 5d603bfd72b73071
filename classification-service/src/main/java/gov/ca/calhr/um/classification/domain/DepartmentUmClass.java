package gov.ca.calhr.um.classification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A class a department names in its UM plan: an ELTPA class it targets, or a bridging class it offers. */
@Entity
@Table(name = "department_um_class")
@IdClass(DepartmentUmClass.Key.class)
public class DepartmentUmClass {

    public enum Role {
        UM_TARGET, BRIDGING
    }

    public static class Key implements Serializable {
        public String department;
        public String classCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.department.equals(department) && k.classCode.equals(classCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(department, classCode);
        }
    }

    @Id
    public String department;

    @Id
    @Column(name = "class_code")
    public String classCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;
}
