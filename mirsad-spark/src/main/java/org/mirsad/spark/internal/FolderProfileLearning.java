package org.mirsad.spark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.mirsad.app.ingest.FolderProfiles;
import org.mirsad.app.input.InputException;
import org.mirsad.app.input.TextDecoder;
import org.mirsad.extract.clean.BoilerplateProfile;
import scala.Tuple2;

/**
 * Boilerplate profiles of the input's folders, learned as {@code analyze} learns them
 * ({@link FolderProfiles}): one per folder holding at least {@link FolderProfiles#MIN_ARTICLES}
 * decodable text articles, from those articles in name order.
 */
public final class FolderProfileLearning {

    private FolderProfileLearning() {
    }

    /** The profile of each folder key of {@code items} that has enough text articles. */
    public static Map<String, BoilerplateProfile> learn(JavaRDD<SparkItem> items) {
        JavaPairRDD<String, Tuple2<String, String>> texts = items.filter(i -> i.folder() != null).flatMapToPair(i -> {
            try {
                String raw = TextDecoder.decode(i.origin(), i.bytes());
                return List.of(new Tuple2<>(i.folder(), new Tuple2<>(i.origin(), raw))).iterator();
            } catch (InputException e) {
                return List.<Tuple2<String, Tuple2<String, String>>>of().iterator();
            }
        });
        Map<String, BoilerplateProfile> learned = texts.groupByKey().flatMapToPair(group -> {
            List<Tuple2<String, String>> members = new ArrayList<>();
            group._2().forEach(members::add);
            if (members.size() < FolderProfiles.MIN_ARTICLES) {
                return List.<Tuple2<String, BoilerplateProfile>>of().iterator();
            }
            members.sort(Comparator.comparing(Tuple2::_1));
            BoilerplateProfile p = BoilerplateProfile.learn(members.stream().map(Tuple2::_2).toList());
            return List.of(new Tuple2<>(group._1(), p)).iterator();
        }).collectAsMap();
        return new HashMap<>(learned);
    }
}
