package org.regionet.diagram.view;

/** A point in diagram coordinates (pixels at zoom 1, y down). */
public record Point(double x, double y) {
}
