package org.regionet.analysis;

import org.regionet.model.Suppression;

/**
 * A finding that a {@link Suppression} in the model accepts; reported separately, not lost.
 *
 * @param finding     the finding as it would have been reported
 * @param suppression the accepting suppression
 * @param reason      the suppression's reason
 */
public record AcceptedFinding(Finding finding, Suppression suppression, String reason) {
}
