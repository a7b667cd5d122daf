package cn.yanzhen.platform.security;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.List;

/**
 * Who makes a request, as its bearer token says: subject, roles, and the region (regional office)
 * or organisation (organiser) its writes are scoped to.
 */
public record Actor(String subject, List<String> roles, String region, String org) {

    public Actor {
        roles = List.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    /** Admins, and organisers of the organisation that owns the thing. */
    public boolean mayWriteForOrganisation(String owner) {
        return isAdmin() || (has(Roles.ORGANISER) && org != null && org.equals(owner));
    }

    /** Admins, and regional offices whose region is the code or contains it. */
    public boolean mayWriteInRegion(String code, RegionDirectory regions) {
        return mayActInRegion(Roles.REGIONAL_OFFICE, code, regions);
    }

    /** Admins, and holders of a region-scoped role whose region is the code or contains it. */
    public boolean mayActInRegion(String role, String code, RegionDirectory regions) {
        return isAdmin() || (has(role) && region != null && code != null && regions.isWithin(code, region));
    }
}
