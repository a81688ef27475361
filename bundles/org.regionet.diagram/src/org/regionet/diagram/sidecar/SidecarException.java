package org.regionet.diagram.sidecar;

import java.io.IOException;
import java.nio.file.Path;

/** A layout sidecar that cannot be read; the message names the file and what is wrong. */
public class SidecarException extends IOException {

	private static final long serialVersionUID = 1L;

	public SidecarException(Path file, String problem) {
		super(file + ": " + problem);
	}

	public SidecarException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
	}
}
