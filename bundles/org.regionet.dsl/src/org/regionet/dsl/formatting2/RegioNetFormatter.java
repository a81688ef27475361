package org.regionet.dsl.formatting2;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.regionet.model.Approach;
import org.regionet.model.Challenge;
import org.regionet.model.Committee;
import org.regionet.model.Element;
import org.regionet.model.Import;
import org.regionet.model.Meeting;
import org.regionet.model.Membership;
import org.regionet.model.Period;
import org.regionet.model.RegioModel;

/**
 * Canonical layout: one clause per line inside braces, tab indentation, a blank line between top-level elements,
 * single spaces elsewhere and no space before commas. Comments are kept by the formatter2 infrastructure.
 */
public class RegioNetFormatter extends AbstractJavaFormatter {

	/** Keywords that open a clause inside a block and therefore start a new line. */
	private static final Set<String> CLAUSE_KEYWORDS = Set.of("kind", "region", "alias", "parent", "contact",
			"description", "agency", "districts", "neighbours", "chair", "mandate", "type", "status", "fields", "lead",
			"partners", "targets", "period", "funding", "committee", "year", "adopted", "challenges", "activities",
			"participants", "decision");

	protected void format(RegioModel model, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(model);
		doc.append(regions.keyword("namespace"), it -> it.oneSpace());
		ISemanticRegion namespace = regions.feature(org.regionet.model.RegionetPackage.Literals.REGIO_MODEL__NAME);
		List<Import> imports = model.getImports();
		doc.append(namespace, it -> it.setNewLines(2));
		for (int i = 0; i < imports.size(); i++) {
			Import anImport = imports.get(i);
			boolean last = i == imports.size() - 1;
			doc.append(textRegionExtensions.regionFor(anImport).keyword("import"), it -> it.oneSpace());
			doc.append(anImport, it -> it.setNewLines(last ? 2 : 1));
		}
		List<Element> elements = model.getElements();
		for (int i = 0; i < elements.size(); i++) {
			Element element = elements.get(i);
			doc.format(element);
			boolean last = i == elements.size() - 1;
			doc.append(element, it -> {
				if (last) {
					it.newLine();
				} else {
					it.setNewLines(2);
				}
			});
		}
	}

	protected void format(Element element, IFormattableDocument doc) {
		formatBlock(element, doc);
		for (EObject child : element.eContents()) {
			doc.format(child);
		}
	}

	protected void format(Committee committee, IFormattableDocument doc) {
		formatBlock(committee, doc);
		for (Membership membership : committee.getMembers()) {
			doc.format(membership);
		}
		for (Meeting meeting : committee.getMeetings()) {
			doc.format(meeting);
		}
	}

	protected void format(Challenge challenge, IFormattableDocument doc) {
		formatBlock(challenge, doc);
		for (Approach approach : challenge.getApproaches()) {
			doc.format(approach);
		}
	}

	protected void format(Membership membership, IFormattableDocument doc) {
		spaceTokens(membership, doc);
		doc.prepend(textRegionExtensions.regionFor(membership).keyword("member"), it -> it.newLine());
	}

	protected void format(Meeting meeting, IFormattableDocument doc) {
		formatBlock(meeting, doc);
		doc.prepend(textRegionExtensions.regionFor(meeting).keyword("meeting"), it -> it.newLine());
	}

	protected void format(Approach approach, IFormattableDocument doc) {
		spaceTokens(approach, doc);
		doc.prepend(textRegionExtensions.regionFor(approach).keyword("approach"), it -> it.newLine());
	}

	protected void format(Period period, IFormattableDocument doc) {
		spaceTokens(period, doc);
	}

	/** Braces on the element's line, its clauses one per line and indented, commas tight on the left. */
	private void formatBlock(EObject object, IFormattableDocument doc) {
		spaceTokens(object, doc);
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(object);
		ISemanticRegion open = regions.keyword("{");
		ISemanticRegion close = regions.keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.prepend(open, it -> it.oneSpace());
		doc.interior(open, close, it -> it.indent());
		doc.prepend(close, it -> it.newLine());
		for (ISemanticRegion keyword : regions.keywords(CLAUSE_KEYWORDS.toArray(String[]::new))) {
			if (keyword.getOffset() > open.getOffset() && keyword.getOffset() < close.getOffset()) {
				doc.prepend(keyword, it -> it.newLine());
			}
		}
	}

	/** Single spaces between the tokens of an object, no space before a comma; rules above take precedence. */
	private void spaceTokens(EObject object, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(object);
		for (ISemanticRegion comma : regions.keywords(",")) {
			doc.prepend(comma, it -> it.noSpace());
			doc.append(comma, it -> it.oneSpace());
		}
		boolean first = true;
		for (ISemanticRegion region : textRegionExtensions.regionForEObject(object).getSemanticRegions()) {
			if (!first && !",".equals(region.getText())) {
				doc.prepend(region, it -> {
					it.oneSpace();
					it.lowPriority();
				});
			}
			first = false;
		}
	}
}
