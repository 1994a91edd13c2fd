/**
 * Full-text search over the subjects of files (नस्ती) and receipts (डाक), in Hindi and English.
 *
 * <p>{@link org.daftar.search.SearchIndex} is a plain Lucene index that the caller owns (an EJB
 * singleton wraps it in the server, tests use {@link org.daftar.search.SearchIndex#inMemory()}).
 * The database stays the source of truth: the index answers "which refs match these words, among
 * those this {@link org.daftar.search.Access} may probably open", the caller checks the hits, and
 * the index can be rebuilt from the database at any time.
 */
package org.daftar.search;
