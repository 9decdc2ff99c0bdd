package org.soretstudy.datasets;

/**
 * Where numbers come from.
 *
 * @param id           the key entries refer to
 * @param citation     authors, year, title, journal
 * @param doi          null when the source has none (or it was not checked)
 * @param where        table, figure or passage the numbers are read from
 * @param verified     true only when the numbers were read from the source (or a faithful copy of its table)
 * @param verifiedFrom the copy the numbers were checked against (an abstract, a reproduced table); null when
 *                     not verified
 * @param note         how the numbers were obtained, caveats
 */
public record Source(String id, String citation, String doi, String where, boolean verified, String verifiedFrom,
        String note) { }
