package org.regionet.ui.analysis;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.regionet.analysis.AnalysisResult;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.model.RegioModel;

/**
 * The result of analysing one project, with the loaded models the findings point into.
 */
public record ProjectAnalysis(IProject project, ModelWorkspace workspace, AnalysisResult result) {

	public List<RegioModel> models() {
		return workspace.models();
	}
}
