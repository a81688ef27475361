package org.regionet.cli;

/** Reading the command lines of the launcher's commands. */
final class Arguments {

	private Arguments() {
	}

	/** The value after the option at {@code index - 1}; throws {@link IllegalArgumentException} when it is missing. */
	static String value(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException(args[index - 1] + " needs a value");
		}
		return args[index];
	}
}
