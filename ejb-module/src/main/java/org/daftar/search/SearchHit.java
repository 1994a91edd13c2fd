package org.daftar.search;

/**
 * One result of {@link SearchIndex#search}: enough to show the number in a result list and to
 * load the item by {@code ref}; the score only orders results within one search.
 *
 * @param ref    key of the item, as given in {@link SearchDocument#ref()}
 * @param kind   {@link SearchDocument#FILE} or {@link SearchDocument#RECEIPT}
 * @param number the item's number (null if it had none)
 * @param score  Lucene relevance; higher is better, comparable only within one result list
 */
public record SearchHit(String ref, String kind, String number, float score) {
}
