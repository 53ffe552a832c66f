package org.mirsad.core.model;

/** Types of named entities. */
public enum EntityType {
    /** A person, named or described by a name. */
    PERSON,
    /** An organization: government body, company, party, armed group, media outlet, agency. */
    ORG,
    /** A place: country, city, region, geographic feature. */
    LOC,
    /** Other named things (events, products, works). */
    MISC
}
