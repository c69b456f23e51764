package org.essmarket.supplier.reference.domain;

import java.util.List;
import java.util.Optional;

import org.essmarket.supplier.supplier.domain.InvalidFieldException;

/** The CPV 2008 main vocabulary (9 454 codes), keyed by the 8 digits without check digit. */
public interface CpvCatalogue {

    /**
     * The entry of an 8-digit code ({@code 90910000}); empty when the code is unknown or is not
     * exactly 8 digits (a code with its check digit is not looked up: use {@link #require}).
     */
    Optional<CpvEntry> find(String eightDigits);

    /**
     * Entries whose French or English label has words starting with every word of {@code text}
     * (case and accents ignored: {@code "nettoy vitr"} finds {@code 90911300 Services de nettoyage de
     * vitres}), or, when {@code text} is digits, whose code starts with it; in code order (parents
     * before children), at most {@code limit}. Blank text gives an empty list.
     */
    List<CpvEntry> search(String text, int limit);

    /** The number of codes. */
    int size();

    default Optional<CpvEntry> find(CpvCode code) {
        return find(code.code());
    }

    /**
     * Parses a CPV code ({@code 90910000-9} or {@code 90910000}, spaces tolerated) that must exist in
     * CPV 2008; when a check digit is given, it must be the catalogue's.
     *
     * @return the entry
     * @throws InvalidFieldException naming {@code field} when the input is malformed, unknown, or has a
     *                               wrong check digit
     */
    default CpvEntry requireEntry(String raw, String field) {
        CpvInput input = CpvInput.parse(raw, field);
        String code = input.code().code();
        CpvEntry entry = find(code).orElseThrow(
                () -> new InvalidFieldException(field, code + " is not a CPV 2008 code"));
        if (input.checkDigit() != null && !input.checkDigit().equals(entry.checkDigit())) {
            throw new InvalidFieldException(field, code + '-' + input.checkDigit()
                    + " has a wrong check digit: the CPV 2008 code is " + entry.officialCode());
        }
        return entry;
    }

    /**
     * {@link #requireEntry(String, String)}, giving the normalised code (8 digits, no check digit).
     *
     * @throws InvalidFieldException naming {@code field} when the input is malformed, unknown, or has a
     *                               wrong check digit
     */
    default CpvCode require(String raw, String field) {
        return requireEntry(raw, field).cpvCode();
    }
}
