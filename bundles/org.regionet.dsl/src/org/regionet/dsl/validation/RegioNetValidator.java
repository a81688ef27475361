package org.regionet.dsl.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.Committee;
import org.regionet.model.Concept;
import org.regionet.model.Cooperation;
import org.regionet.model.Element;
import org.regionet.model.Meeting;
import org.regionet.model.Membership;
import org.regionet.model.Period;
import org.regionet.model.RegioModel;
import org.regionet.model.RegionetPackage.Literals;
import org.regionet.model.Suppression;

import com.google.inject.Inject;

/**
 * The checks an analyst expects from a RegioNet model. Each problem has a stable code from {@link IssueCodes}.
 */
public class RegioNetValidator extends AbstractRegioNetValidator {

	/** One set of cross-file facts per installed index; weak so a discarded index frees its facts. */
	private static final Map<Object, ModelIndexFacts> FACTS = new WeakHashMap<>();

	private static final String LOCAL_TARGETS_KEY = "regionet.localTargets";

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IQualifiedNameProvider nameProvider;

	@Check
	public void checkNamesUniqueInFile(RegioModel model) {
		Map<String, Element> seen = new HashMap<>();
		for (Element element : model.getElements()) {
			String name = element.getName();
			if (name == null) {
				continue;
			}
			Element first = seen.putIfAbsent(name, element);
			if (first != null) {
				error(NLS.bind(Messages.DuplicateName_line, name, line(first)), element,
						Literals.ELEMENT__NAME, IssueCodes.DUPLICATE_NAME, name);
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void checkNameUniqueAcrossFiles(Element element) {
		QualifiedName name = element.getName() == null ? null : nameProvider.getFullyQualifiedName(element);
		if (name == null || element.eResource() == null) {
			return;
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(element.eResource());
		for (IEObjectDescription other : index.getExportedObjects(Literals.ELEMENT, name, false)) {
			URI file = other.getEObjectURI().trimFragment();
			if (!isSameFile(other, element)) {
				error(NLS.bind(Messages.DuplicateName_file, name, file.lastSegment()), element,
						Literals.ELEMENT__NAME, IssueCodes.DUPLICATE_NAME, element.getName());
				return;
			}
		}
	}

	/** Index entries of loaded files carry the object itself; others only a URI, which may be normalised. */
	private static boolean isSameFile(IEObjectDescription description, EObject object) {
		EObject candidate = description.getEObjectOrProxy();
		if (candidate != null && !candidate.eIsProxy()) {
			return candidate.eResource() == object.eResource();
		}
		URI file = description.getEObjectURI().trimFragment();
		URI own = object.eResource().getURI();
		var converter = object.eResource().getResourceSet().getURIConverter();
		return file.equals(own) || converter.normalize(file).equals(converter.normalize(own));
	}

	@Check
	public void checkMeetingDate(Meeting meeting) {
		checkDate(meeting, Literals.MEETING__DATE, meeting.getDate());
	}

	@Check
	public void checkConceptDate(Concept concept) {
		checkDate(concept, Literals.CONCEPT__ADOPTED_ON, concept.getAdoptedOn());
	}

	@Check
	public void checkCooperationDate(Cooperation cooperation) {
		checkDate(cooperation, Literals.COOPERATION__SINCE, cooperation.getSince());
	}

	@Check
	public void checkSuppressionDate(Suppression suppression) {
		checkDate(suppression, Literals.SUPPRESSION__DATE, suppression.getDate());
	}

	@Check
	public void checkPeriod(Period period) {
		boolean fromValid = checkDate(period, Literals.PERIOD__FROM, period.getFrom());
		boolean toValid = checkDate(period, Literals.PERIOD__TO, period.getTo());
		if (fromValid && toValid && period.getFrom() != null && period.getTo() != null
				&& IsoDates.start(period.getFrom()).isAfter(IsoDates.end(period.getTo()))) {
			error(NLS.bind(Messages.PeriodReversed, period.getFrom(), period.getTo()), period,
					Literals.PERIOD__FROM, IssueCodes.PERIOD_REVERSED, period.getFrom(), period.getTo());
		}
	}

	private boolean checkDate(EObject owner, EAttribute attribute, String value) {
		String problem = IsoDates.problem(value);
		if (problem != null) {
			error(NLS.bind(Messages.InvalidDate, value, problem), owner, attribute, IssueCodes.INVALID_DATE,
					value);
			return false;
		}
		return true;
	}

	@Check
	public void checkChairIsMember(Committee committee) {
		Actor chair = committee.getChair();
		if (chair == null || chair.eIsProxy()) {
			return;
		}
		boolean member = committee.getMembers().stream().anyMatch(m -> m.getActor() == chair);
		if (!member) {
			error(NLS.bind(Messages.ChairNotMember, chair.getName(), committee.getName()),
					committee, Literals.COMMITTEE__CHAIR, IssueCodes.CHAIR_NOT_MEMBER, chair.getName());
		}
	}

	@Check
	public void checkMembersUnique(Committee committee) {
		Set<Actor> seen = new HashSet<>();
		for (Membership membership : committee.getMembers()) {
			Actor actor = membership.getActor();
			if (actor != null && !actor.eIsProxy() && !seen.add(actor)) {
				warning(NLS.bind(Messages.DuplicateMember, actor.getName()), membership,
						Literals.MEMBERSHIP__ACTOR, IssueCodes.DUPLICATE_MEMBER, actor.getName());
			}
		}
	}

	@Check
	public void checkConceptCommitteeRegion(Concept concept) {
		Committee committee = concept.getAdoptedBy();
		if (committee == null || committee.eIsProxy() || concept.getRegion() == null || concept.getRegion().eIsProxy()
				|| committee.getRegion() == null || committee.getRegion().eIsProxy()) {
			return;
		}
		if (committee.getRegion() != concept.getRegion()) {
			error(NLS.bind(Messages.ConceptForeignCommittee, new Object[] {concept.getName(),
					concept.getRegion().getName(), committee.getName(), committee.getRegion().getName()}), concept,
					Literals.CONCEPT__ADOPTED_BY,
					IssueCodes.CONCEPT_FOREIGN_COMMITTEE, committee.getName());
		}
	}

	@Check
	public void checkActivityHasField(Activity activity) {
		if (activity.getFields().isEmpty()) {
			error(NLS.bind(Messages.ActivityWithoutField, activity.getName()), activity, Literals.ELEMENT__NAME,
					IssueCodes.ACTIVITY_WITHOUT_FIELD, activity.getName());
		}
	}

	@Check(CheckType.NORMAL)
	public void checkActorUsed(Actor actor) {
		if (actor.getName() == null || actor.eResource() == null) {
			return;
		}
		if (!facts(actor).isReferenced(EcoreUtil2.getPlatformResourceOrNormalizedURI(actor)) && !localTargets(actor).contains(actor)) {
			warning(NLS.bind(Messages.UnusedActor, actor.getName()), actor, Literals.ELEMENT__NAME,
					IssueCodes.UNUSED_ACTOR, actor.getName());
		}
	}

	@Check(CheckType.NORMAL)
	public void checkAliasesDoNotNameOtherActors(Actor actor) {
		if (actor.getAliases().isEmpty() || actor.eResource() == null) {
			return;
		}
		URI own = EcoreUtil2.getPlatformResourceOrNormalizedURI(actor);
		ModelIndexFacts facts = facts(actor);
		for (int i = 0; i < actor.getAliases().size(); i++) {
			String alias = actor.getAliases().get(i);
			for (IEObjectDescription other : facts.actorsNamed(alias)) {
				if (!Objects.equals(other.getEObjectURI(), own)) {
					if (DuplicateAcceptance.accepted(actor, other.getEObjectURI(), facts)) {
						continue;
					}
					warning(NLS.bind(Messages.AliasClash, alias, other.getName()), actor, Literals.ACTOR__ALIASES, i,
							IssueCodes.ALIAS_CLASH, alias, other.getName().toString());
					break;
				}
			}
		}
	}

	/**
	 * The objects referenced from within the actor's own file; the index records only references between files.
	 * Kept in the validation context, which lives for one validation run of one resource.
	 */
	@SuppressWarnings("unchecked")
	private Set<EObject> localTargets(EObject context) {
		Object key = LOCAL_TARGETS_KEY;
		Map<Object, Object> validationContext = getContext();
		if (validationContext == null) {
			return collectLocalTargets(context);
		}
		return (Set<EObject>) validationContext.computeIfAbsent(key, k -> collectLocalTargets(context));
	}

	private static Set<EObject> collectLocalTargets(EObject context) {
		Set<EObject> targets = new HashSet<>();
		var contents = context.eResource().getAllContents();
		while (contents.hasNext()) {
			EObject object = contents.next();
			for (EObject target : object.eCrossReferences()) {
				if (!target.eIsProxy() && target.eResource() == context.eResource()) {
					targets.add(target);
				}
			}
		}
		return targets;
	}

	private ModelIndexFacts facts(EObject context) {
		IResourceDescriptions index = indexProvider.getResourceDescriptions(context.eResource());
		Object key = ResourceDescriptionsData.ResourceSetAdapter
				.findResourceDescriptionsData(context.eResource().getResourceSet());
		if (key == null) {
			// No shared index installed (single files, tests): the facts are cheap to compute afresh.
			return new ModelIndexFacts(index);
		}
		synchronized (FACTS) {
			return FACTS.computeIfAbsent(key, k -> new ModelIndexFacts(index));
		}
	}

	private static int line(EObject object) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getStartLine();
	}
}
