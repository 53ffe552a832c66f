package org.mirsad.spark.internal;

import java.io.Serializable;

/**
 * One file of the input, found by {@link InputListing} on the driver.
 *
 * @param origin the name {@code mirsad analyze} gives it: the input as given, plus the path inside a
 *               given folder
 * @param uri    its fully qualified Hadoop path
 * @param folder the qualified path of its parent folder, the key of its boilerplate profile
 * @param size   its size in bytes
 */
public record InputFile(String origin, String uri, String folder, long size) implements Serializable {

    private static final long serialVersionUID = 1L;
}
