package org.regionet.ui.navigator.properties;

import org.regionet.ui.navigator.edit.SimpleAttribute;

/** One line of a property table: what, its value as text, and the attribute if the value can be changed. */
record Row(String label, String value, SimpleAttribute editable) {
}
