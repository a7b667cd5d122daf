package cn.yanzhen.intake.persistence;

import cn.yanzhen.contracts.signing.SigningStatus;
import cn.yanzhen.platform.api.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Signings as intake stores them; {@link cn.yanzhen.intake.application.SigningRegistration} changes them. */
@ApplicationScoped
public class SigningStore implements PanacheRepositoryBase<SigningEntity, UUID> {

    private static final int LOOKUP_CHUNK = 1000;

    public Optional<SigningEntity> findByExternalRef(String eventCode, String externalRef) {
        return find("eventCode = ?1 and externalRef = ?2", eventCode, externalRef).firstResultOptional();
    }

    /** Stored signings of the event among the given external references, by reference. */
    public Map<String, SigningEntity> findByExternalRefs(String eventCode, List<String> externalRefs) {
        Map<String, SigningEntity> found = new HashMap<>();
        for (int from = 0; from < externalRefs.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = externalRefs.subList(from, Math.min(from + LOOKUP_CHUNK, externalRefs.size()));
            find("eventCode = ?1 and externalRef in ?2", eventCode, chunk)
                    .stream().forEach(signing -> found.put(signing.externalRef, signing));
        }
        return found;
    }

    /** Adds new signings, written in JDBC batches. */
    public void addAll(List<SigningEntity> created) {
        persist(created.stream());
        flush();
    }

    /**
     * Signings not withdrawn of these investors signed on or after {@code signedFrom}: the ones a new
     * signing may repeat.
     */
    public List<SigningEntity> repeatCandidates(Collection<String> creditCodes, LocalDate signedFrom) {
        List<SigningEntity> found = new ArrayList<>();
        List<String> codes = List.copyOf(creditCodes);
        for (int from = 0; from < codes.size(); from += LOOKUP_CHUNK) {
            found.addAll(find("investorCreditCode in ?1 and signedOn >= ?2 and status = ?3",
                    codes.subList(from, Math.min(from + LOOKUP_CHUNK, codes.size())), signedFrom,
                    SigningStatus.REGISTERED).list());
        }
        return found;
    }

    /** The signings that repeat this one, locked. */
    public List<SigningEntity> lockRepeatsOf(UUID id) {
        return find("repeatOf", Sort.ascending("id"), id).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * The signings a newly registered park takes: no park code yet, the park's name as their free-text park, and a
     * destination among {@code regions} (the park's region and those inside it); locked for the caller to change.
     */
    public List<SigningEntity> lockNamingPark(String name, Collection<String> regions) {
        return find("parkCode is null and park = ?1 and destinationRegion in ?2", Sort.ascending("id"), name, regions)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public boolean hasRepeats(UUID id) {
        return count("repeatOf", id) > 0;
    }

    public Optional<SigningEntity> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** An event's signings, those whose project or investor name contains {@code words} when it is not blank. */
    public Page<SigningEntity> pageOfEvent(String eventCode, String words, int page, int size) {
        Sort order = Sort.ascending("registeredAt").and("id");
        var query = words.isBlank() ? find("eventCode", order, eventCode)
                : find("eventCode = ?1 and (lower(projectName) like ?2 escape '\\'"
                        + " or lower(investorName) like ?2 escape '\\')",
                        order, eventCode, "%" + likeLiteral(words.toLowerCase(Locale.ROOT)) + "%");
        query = query.page(page, size);
        return new Page<>(query.list(), page, size, query.count());
    }

    /** The words as a LIKE pattern matches them literally: % and _ are letters here, not wildcards. */
    private static String likeLiteral(String words) {
        return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
