package org.essmarket.search.matching.application;

import org.essmarket.platform.web.UseCaseRefusal;

/** No such tender in search, or not one the caller may see (a 404 either way: we do not reveal which). */
public class TenderNotFound extends UseCaseRefusal.NotFound {

    public TenderNotFound(String tenderId) {
        super("No published tender " + tenderId + ".");
    }
}
