package org.regionet.diagram.expression;

import java.util.List;
import java.util.Set;

/**
 * A non-EMF object that expressions can navigate like a model element, e.g. a finding handed in by the analysis.
 */
public interface FeatureSource {

	/** The type name that domain classes and the checker match against, e.g. {@code Finding}. */
	String typeName();

	/** The names of the features this type offers. */
	Set<String> featureNames();

	/** The values of a feature; empty for an unknown feature. */
	List<Object> feature(String name);
}
