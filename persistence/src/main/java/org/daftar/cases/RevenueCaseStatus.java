package org.daftar.cases;

/** A revenue case is pending until the court disposes of it with an order. */
public enum RevenueCaseStatus { PENDING, DISPOSED }
