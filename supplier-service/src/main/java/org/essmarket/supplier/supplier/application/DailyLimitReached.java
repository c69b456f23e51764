package org.essmarket.supplier.supplier.application;

/** A user did something as many times in 24 hours as allowed (429): claims, invitations. */
public class DailyLimitReached extends RuntimeException {

    public DailyLimitReached(String what, int limit) {
        super("You may " + what + " at most " + limit + " times in 24 hours: try again later");
    }
}
