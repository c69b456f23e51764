package org.essmarket.consortium.consortium.application;

import org.essmarket.consortium.consortium.domain.ConsortiumForm;

/** What the list of a user's groupements shows of each one. */
public record ConsortiumSummary(String id, String tenderId, ConsortiumForm form, String leadSupplierId) {
}
