package org.daftar.efile;

import jakarta.persistence.*;

import java.io.Serializable;

/**
 * A post that has held an item, once per pair. "May this post open the file?" and "which posts
 * held it, for the confidentiality rule?" are index lookups here instead of scans of movements.
 */
@Entity
@Table(name = "item_holder")
@IdClass(ItemHolder.Key.class)
public class ItemHolder {

    /** The composite key (a plain class: JPA sets its fields). */
    public static class Key implements Serializable {
        private Long itemId;
        private Long postId;

        public Key() {
        }

        public Key(Long itemId, Long postId) {
            this.itemId = itemId;
            this.postId = postId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(itemId, k.itemId) && java.util.Objects.equals(postId, k.postId);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(itemId, postId); }
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Id
    @Column(name = "post_id")
    private Long postId;

    protected ItemHolder() {
    }

    public ItemHolder(Long itemId, Long postId) {
        this.itemId = itemId;
        this.postId = postId;
    }

    public Long getItemId() { return itemId; }
    public Long getPostId() { return postId; }
}
