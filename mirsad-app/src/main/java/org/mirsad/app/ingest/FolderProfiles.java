package org.mirsad.app.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mirsad.app.input.InputException;
import org.mirsad.app.input.TextDecoder;
import org.mirsad.extract.clean.BoilerplateProfile;
import org.mirsad.extract.clean.TextArticleCleaner;
import org.mirsad.ingest.read.Format;
import org.mirsad.ingest.read.RawItem;

/**
 * Boilerplate profiles per folder: scraped text articles that sit in one folder usually come from
 * one outlet, so the lines repeated across them (mastheads, menus, footers) are learned and the
 * folder's articles cleaned with that profile.
 */
public final class FolderProfiles {

    /** Least text articles in one folder for its profile to be learned. */
    public static final int MIN_ARTICLES = 3;

    private FolderProfiles() {
    }

    /** The folder of a text item read from a plain file, or null (archive entries, dumps, pages). */
    public static Path folderOf(RawItem item) {
        if (item.format() != Format.TEXT || item.origin().contains("!") || item.origin().contains("#")) {
            return null;
        }
        Path parent = Path.of(item.origin()).toAbsolutePath().normalize().getParent();
        return parent;
    }

    /** A cleaner per folder holding at least {@link #MIN_ARTICLES} decodable text articles. */
    public static Map<Path, TextArticleCleaner> cleaners(List<RawItem> items) {
        Map<Path, List<String>> texts = new LinkedHashMap<>();
        for (RawItem item : items) {
            Path folder = folderOf(item);
            if (folder == null) {
                continue;
            }
            try {
                texts.computeIfAbsent(folder, k -> new ArrayList<>()).add(TextDecoder.decode(item.origin(), item.bytes()));
            } catch (InputException e) {
                // reported when the item itself is analyzed
            }
        }
        Map<Path, TextArticleCleaner> out = new HashMap<>();
        texts.forEach((folder, raws) -> {
            if (raws.size() >= MIN_ARTICLES) {
                out.put(folder, new TextArticleCleaner(BoilerplateProfile.learn(raws)));
            }
        });
        return out;
    }
}
