package org.essmarket.tender.tender.domain;

/** The award procedure: adapted (below thresholds), open, restricted or negotiated. */
public enum Procedure {
    MAPA, OPEN, RESTRICTED, NEGOTIATED
}
