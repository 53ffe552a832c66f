package org.mirsad.extract.clean;

import java.nio.file.Files;
import java.nio.file.Path;

public class Dump {
    public static void main(String[] a) throws Exception {
        for (String f : a) {
            String raw = Files.readString(Path.of(f));
            CleanArticle c = new TextArticleCleaner().clean(raw);
            System.out.println("== " + f);
            System.out.println("title=" + c.title() + "\nbyline=" + c.byline() + "\ndateline=" + c.dateline() + "\noutlet=" + c.outlet() + "\npublished=" + c.published() + "\ncaptions=" + c.captions());
            System.out.println("--body--\n" + c.body() + "\n--dropped--");
            for (DroppedLine d : c.dropped()) System.out.println("  [" + d.reason() + "] " + d.line());
        }
    }
}
