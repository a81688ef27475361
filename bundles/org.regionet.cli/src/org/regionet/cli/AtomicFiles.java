package org.regionet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old or the complete new content: temp file in the same folder,
 * then an atomic move.
 */
final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Temp files are private (rw-------); the result gets the old file's permissions or the usual rw-r--r--. */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(temp, permissions);
	}

	static void write(Path target, String content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
		try {
			Files.writeString(temp, content, StandardCharsets.UTF_8);
			keepPermissions(absolute, temp);
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
