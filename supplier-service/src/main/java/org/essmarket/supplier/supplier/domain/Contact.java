package org.essmarket.supplier.supplier.domain;

/** A person buyers can reach; shown to signed-in users only. */
public record Contact(String name, String role, String email, String phone) {
}
