package org.essmarket.supplier.supplier.domain;

/** Company size in the EU sense (micro: under 10 people; SME: under 250). */
public enum Scale {
    MICRO, SME, LARGE
}
