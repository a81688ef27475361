package org.regionet.ui.editor.internal.navigate;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.regionet.ui.editor.internal.ElementKinds;
import org.regionet.ui.editor.internal.Messages;

/** The HTML of a hover: problem messages first, then the summary of the element under the mouse. */
public final class HoverHtml {

	private HoverHtml() {
	}

	public static String of(List<String> problems, ElementSummary summary) {
		if (problems.isEmpty() && summary == null) {
			return null;
		}
		StringBuilder html = new StringBuilder();
		for (String problem : problems) {
			html.append(escape(problem)).append("<br>");
		}
		if (summary != null) {
			if (!problems.isEmpty()) {
				html.append("<hr>");
			}
			html.append("<b>").append(escape(ElementKinds.label(summary.kind()))).append("</b> ")
					.append(escape(summary.name() == null ? "" : summary.name()));
			if (summary.detail() != null) {
				html.append(" <i>").append(escape(summary.detail())).append("</i>");
			}
			if (summary.title() != null) {
				html.append("<br>„").append(escape(summary.title())).append("“");
			}
			if (summary.description() != null) {
				html.append("<p>").append(escape(summary.description())).append("</p>");
			}
			if (summary.file() != null) {
				html.append("<br><small>")
						.append(escape(NLS.bind(Messages.Hover_declaredIn, summary.file(), summary.line())))
						.append("</small>");
			}
		}
		return html.toString();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
