package cn.yanzhen.platform.security;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * The scope half of access control: the role half is {@code @RolesAllowed} on each endpoint, this
 * refuses (403) a caller whose region or organisation does not cover what it writes.
 */
@ApplicationScoped
public class Access {

    private final CurrentActor actors;
    private final RegionDirectory regions;

    Access(CurrentActor actors, RegionDirectory regions) {
        this.actors = actors;
        this.regions = regions;
    }

    /** An admin, or an organiser whose token names its organisation (it becomes the owner). */
    public Actor requireOrganisation() {
        Actor actor = caller();
        if (!actor.isAdmin() && actor.org() == null) {
            throw forbidden("Your token names no organisation (claim 'org'); an organiser needs one to own events.");
        }
        return actor;
    }

    /** An admin, or an organiser of the organisation that owns {@code what}. */
    public Actor requireOwner(String owner, String what) {
        Actor actor = caller();
        if (!actor.mayWriteForOrganisation(owner)) {
            throw forbidden(what + " belongs to " + describe(owner) + "; only its organiser or an admin may "
                    + "change it.");
        }
        return actor;
    }

    /** An admin, or a regional office whose region contains {@code regionCode}. */
    public Actor requireRegion(String regionCode, String what) {
        return requireRegionAs(Roles.REGIONAL_OFFICE, "its regional office", regionCode, what);
    }

    /**
     * An admin, or a regional office of a province (its region claim a province's code) that contains
     * {@code regionCode}: what a province keeps for all its regions, such as its parks.
     */
    public Actor requireProvince(String regionCode, String what) {
        Actor actor = requireRegionAs(Roles.REGIONAL_OFFICE, "its province's regional office", regionCode, what);
        if (!actor.isAdmin() && regions.find(actor.region()).map(region -> region.parent() != null).orElse(true)) {
            throw forbidden(what + " is kept by the province; your region " + actor.region()
                    + " is not a province, so only the province's regional office or an admin may change it.");
        }
        return actor;
    }

    /** An admin, or a verifier whose region contains {@code regionCode}. */
    public Actor requireVerifierFor(String regionCode, String what) {
        return requireRegionAs(Roles.VERIFIER, "a verifier of that region", regionCode, what);
    }

    private Actor requireRegionAs(String role, String holder, String regionCode, String what) {
        Actor actor = caller();
        if (!actor.mayActInRegion(role, regionCode, regions)) {
            throw forbidden(what + " lies in region " + regionCode + ", outside "
                    + (actor.has(role) && actor.region() != null ? "your region " + actor.region()
                    : "any region your token names") + "; only " + holder + " or an admin may change it.");
        }
        return actor;
    }

    private Actor caller() {
        return actors.caller().orElseThrow(() -> new ProblemException(Response.Status.UNAUTHORIZED,
                "This request needs a bearer token."));
    }

    private static String describe(String owner) {
        return owner == null ? "no organisation" : "organisation " + owner;
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, detail);
    }
}
