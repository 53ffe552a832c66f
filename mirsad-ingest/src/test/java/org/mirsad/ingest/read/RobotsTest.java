package org.mirsad.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.ingest.read.internal.Fetcher;

/** robots.txt groups: Mirsad's own group wins over the wildcard group. */
class RobotsTest {

    @Test
    void ownGroupOrWildcard() {
        assertEquals(List.of("/private/"), Fetcher.parseRobots("User-agent: *\nDisallow: /private/\n"));
        assertEquals(List.of("/archive/"), Fetcher.parseRobots(
                "User-agent: *\nDisallow: /\n\nUser-agent: Mirsad\nDisallow: /archive/ # old pages\n"));
        assertEquals(List.of(), Fetcher.parseRobots("User-agent: OtherBot\nDisallow: /\n"));
    }
}
