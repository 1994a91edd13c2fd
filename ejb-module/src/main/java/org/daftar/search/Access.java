package org.daftar.search;

import java.util.Set;

/**
 * Whose search it is, as far as the index can tell what they may open (the rule is
 * {@code org.daftar.efile.OpenRule}): items held now or before by one of {@code posts}, and items
 * that are not confidential if {@code district} or if they belong to one of {@code sections}.
 *
 * @param posts    the searcher's current posts and every post below them in the reporting line
 * @param sections sections whose ordinary items the searcher may open (an officer's or head of
 *                 department's own sections); empty for anyone else
 * @param district whether the searcher may open any item that is not confidential (the collector)
 */
public record Access(Set<Long> posts, Set<Long> sections, boolean district) {

    public Access {
        posts = Set.copyOf(posts);
        sections = Set.copyOf(sections);
    }
}
