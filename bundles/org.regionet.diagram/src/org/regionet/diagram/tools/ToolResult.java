package org.regionet.diagram.tools;

import org.eclipse.emf.ecore.EObject;

/** The outcome of a palette tool: done (with the element created, if any) or refused with a reason. */
public record ToolResult(boolean done, String message, EObject created) {

	static ToolResult ok(EObject created) {
		return new ToolResult(true, "", created);
	}

	static ToolResult refused(String reason) {
		return new ToolResult(false, reason, null);
	}
}
