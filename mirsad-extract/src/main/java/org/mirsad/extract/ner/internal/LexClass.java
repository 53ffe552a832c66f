package org.mirsad.extract.ner.internal;

/**
 * The classes of the compiled lexicons, each backed by one resource file {@code lexicon/<file>.txt}.
 * A lexicon class is a feature for the tagger and an input to the rules.
 */
public enum LexClass {
    /** Countries and their common variants. */
    COUNTRY("countries"),
    /** Capitals and major cities. */
    CITY("cities"),
    /** Regions, provinces, seas, mountains and other geographic names. */
    REGION("regions"),
    /** International, Arab and national organizations, parties, armed groups, companies, institutions. */
    ORG("organizations"),
    /** Media outlets and news agencies (also ORG). */
    MEDIA("media"),
    /** Heads of state and government and other persistent public figures. */
    PERSON("persons"),
    /** Common Arabic male given names. */
    GIVEN_MALE("given_names_male"),
    /** Common Arabic female given names. */
    GIVEN_FEMALE("given_names_female"),
    /** Titles and roles that precede or describe a person (وزير، الرئيس، المتحدث، اللواء...). */
    TITLE("titles"),
    /** Heads of organization names (وزارة، حركة، جامعة...). */
    ORG_HEAD("org_heads"),
    /** Heads of place names (مدينة، ولاية، محافظة...). */
    PLACE_HEAD("place_heads"),
    /** Heads that introduce a media outlet (صحيفة، وكالة، قناة، موقع...). */
    MEDIA_HEAD("media_heads"),
    /** Nationality and nisba adjectives (الفرنسي، العراقية...), which are not places. */
    NISBA("nisba"),
    /** Name particles (بن، ابن، أبو، آل، عبد...). */
    NAME_PARTICLE("name_particles"),
    /** Verbs of saying and reporting (قال، أكد، أعلن...). */
    SAY_VERB("say_verbs"),
    /** Citation cues (حسب، وفقا ل، نقلا عن...). */
    CITE_CUE("cite_cues"),
    /** Names that are also common words (اليوم، فتح، القاعدة): trusted only in context. */
    AMBIGUOUS("ambiguous_names"),
    /** Month names (آب، أغسطس، جانفي، رمضان), which next to a day, a year or another month are dates. */
    MONTH("months");

    private final String file;

    LexClass(String file) {
        this.file = file;
    }

    /** The resource file's base name. */
    public String file() {
        return file;
    }

    /** This class's bit in a mask. */
    public int bit() {
        return 1 << ordinal();
    }

    /** True when the mask holds this class. */
    public boolean in(int mask) {
        return (mask & bit()) != 0;
    }
}
