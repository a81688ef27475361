package org.regionet.analysis;

/** How urgent a finding is; maps to marker severities in the workbench. */
public enum Severity {
    /** Informative: a chance rather than a problem (cross-region analogues, coverage gaps). */
    INFO,
    /** Probably a parallel structure or a modelling duplicate worth a look. */
    WARNING
}
