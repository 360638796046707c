package vn.edoc.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.edoc.directory.entity.Office;

/** Looks offices up by their identification code. */
@Stateless
public class Directory {
    @PersistenceContext(unitName = "edoc")
    private EntityManager entityManager;

    /** The office with this code, if it exists and is active. */
    public Optional<Office> findActive(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(Office.class, code.strip()))
                .filter(Office::isActive);
    }

    /** How many offices are active. */
    public long countActive() {
        return entityManager.createNamedQuery(Office.COUNT_ACTIVE, Long.class).getSingleResult();
    }
}
