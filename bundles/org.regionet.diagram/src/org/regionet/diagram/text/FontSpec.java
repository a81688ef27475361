package org.regionet.diagram.text;

/** A font size and weight; the family is always {@link Fonts#FAMILY}. */
public record FontSpec(double size, boolean bold) {
}
