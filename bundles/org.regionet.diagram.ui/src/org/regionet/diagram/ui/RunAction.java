package org.regionet.diagram.ui;

import org.eclipse.jface.action.Action;

/** An action that runs a piece of the editor's behaviour, for menus and global action handlers. */
final class RunAction extends Action {

	private final Runnable run;

	RunAction(String text, boolean enabled, Runnable run) {
		super(text);
		this.run = run;
		setEnabled(enabled);
	}

	@Override
	public void run() {
		run.run();
	}
}
