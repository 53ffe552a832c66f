package org.mirsad.index.dedup;

import java.util.List;

/**
 * A group of near-duplicate articles, earliest first: the first member is the original.
 *
 * @param members the articles, by time then id
 */
public record DuplicateGroup(List<Member> members) {

    /** One article of a group. */
    public record Member(String id, long time, double similarityToOriginal) {
    }

    /** Copies the list. */
    public DuplicateGroup {
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a duplicate group has at least two members");
        }
    }

    /** The original: the earliest article. */
    public Member original() {
        return members.get(0);
    }
}
