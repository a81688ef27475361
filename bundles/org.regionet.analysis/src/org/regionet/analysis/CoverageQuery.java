package org.regionet.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.Element;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;

/**
 * The activities behind one cell of the coverage matrix: those in the region whose fields are the field or one
 * of its topics (a topic counts for the field it refines, as in the matrix).
 */
public final class CoverageQuery {

	private CoverageQuery() {
	}

	public static List<Activity> activities(Collection<? extends RegioModel> models, Region region, ActionField field) {
		List<Activity> result = new ArrayList<>();
		for (RegioModel model : models) {
			for (Element element : model.getElements()) {
				if (element instanceof Activity activity && activity.getRegions().contains(region)
						&& servesField(activity, field)) {
					result.add(activity);
				}
			}
		}
		return result;
	}

	private static boolean servesField(Activity activity, ActionField field) {
		for (ActionField own : activity.getFields()) {
			Set<ActionField> seen = new HashSet<>();
			for (ActionField f = own; f != null && seen.add(f); f = f.getRefines()) {
				if (f == field) {
					return true;
				}
			}
		}
		return false;
	}
}
