package org.daftar.efile;

import org.daftar.org.Post;
import org.daftar.user.Role;

import java.util.Collection;
import java.util.Set;

/**
 * Who may open (read) a receipt or file — the rule itself, apart from how the facts are looked up:
 * <ul>
 * <li>a post that holds it or has held it;</li>
 * <li>a post above any of its holders in the reporting line;</li>
 * <li>for items that are not confidential: the collector and ADMs (district-wide), and the officers
 *     and heads of department sitting in the item's section.</li>
 * </ul>
 * A confidential file is therefore open only to the posts that held it and their superiors.
 */
public final class OpenRule {

    private OpenRule() {
    }

    /**
     * @param mine    the posts the person holds now
     * @param roles   the person's roles
     * @param holders every post that holds or has held the item
     */
    public static boolean mayOpen(Collection<Post> mine, Set<Role> roles, WorkItem item, Collection<Post> holders) {
        for (Post p : mine) {
            if (holders.contains(p) || holders.stream().anyMatch(p::isSuperiorOf)) {
                return true;
            }
        }
        if (item instanceof EFile f && f.isConfidential()) {
            return false;
        }
        if (roles.contains(Role.COLLECTOR)) {
            return true;
        }
        boolean officer = roles.contains(Role.OFFICER) || roles.contains(Role.HOD);
        return officer && mine.stream().anyMatch(p -> p.getSection().equals(item.getSection()));
    }
}
