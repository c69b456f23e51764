package org.essmarket.tender.document.application;

import org.essmarket.platform.web.UseCaseRefusal;

/** No such document for this tender or bid (404). */
public class DocumentNotFound extends UseCaseRefusal.NotFound {

    public DocumentNotFound(String id) {
        super("No document " + id);
    }
}
