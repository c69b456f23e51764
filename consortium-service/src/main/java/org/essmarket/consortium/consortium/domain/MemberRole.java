package org.essmarket.consortium.consortium.domain;

/** A supplier's place in a groupement: its mandataire (LEAD), a cotraitant (MEMBER) or a sous-traitant (SUBCONTRACTOR). */
public enum MemberRole {
    LEAD, MEMBER, SUBCONTRACTOR
}
