package org.essmarket.supplier.supplier.domain;

/** The three kinds of public contracts a supplier can perform: fournitures, services, travaux. */
public enum ServiceType {
    SUPPLY, SERVICE, WORKS
}
