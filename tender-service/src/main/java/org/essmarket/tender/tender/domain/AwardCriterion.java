package org.essmarket.tender.tender.domain;

/** An award criterion (price, technical value, social or environmental performance…) and its weight in percent. */
public record AwardCriterion(String name, int weight) {
}
