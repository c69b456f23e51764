package org.essmarket.supplier.supplier.application;

import org.essmarket.supplier.supplier.domain.Supplier;

/**
 * A supplier as one caller may see it. {@code PUBLIC}: its public profile; {@code SIGNED_IN}: with
 * contacts; {@code MEMBER}: everything (members, status reason, version) — its members and admins.
 */
public record SupplierView(Supplier supplier, Visibility visibility) {

    public enum Visibility {
        PUBLIC, SIGNED_IN, MEMBER
    }

    static SupplierView of(Supplier supplier, Caller caller) {
        if (caller.isAdmin() || caller.isSignedIn() && supplier.isMember(caller.userId())) {
            return new SupplierView(supplier, Visibility.MEMBER);
        }
        if (!supplier.isPubliclyListed()) {
            throw new DirectoryExceptions.SupplierNotFound(supplier.id());
        }
        return new SupplierView(supplier, caller.isSignedIn() ? Visibility.SIGNED_IN : Visibility.PUBLIC);
    }
}
