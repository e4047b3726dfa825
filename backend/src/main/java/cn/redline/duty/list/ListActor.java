package cn.redline.duty.list;

import cn.redline.platform.Roles;
import java.util.Set;
import java.util.UUID;

/**
 * Who acts on a list: a caller (their Redline roles, org, login as person reference, name) or the lists job
 * (role {@link Roles#SYSTEM}, no org). The guards judge the issuing side by org and the holder by person.
 */
public record ListActor(Set<String> roles, UUID orgId, String orgPath, String personRef, String name) {

    public static ListActor system(String name) {
        return new ListActor(Set.of(Roles.SYSTEM), null, null, "system:" + name, name);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }
}
