package org.regionet.ui.editor.internal.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** The RegioNet nature: a project whose .regio files the {@link RegioBuilder} checks on every build. */
public class RegioNature implements IProjectNature {

	public static final String ID = "org.regionet.ui.editor.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
		if (commands.stream().noneMatch(c -> RegioBuilder.ID.equals(c.getBuilderName()))) {
			ICommand command = description.newCommand();
			command.setBuilderName(RegioBuilder.ID);
			commands.add(command);
			description.setBuildSpec(commands.toArray(ICommand[]::new));
			project.setDescription(description, null);
		}
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] kept = Arrays.stream(description.getBuildSpec())
				.filter(c -> !RegioBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new);
		description.setBuildSpec(kept);
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject value) {
		project = value;
	}
}
