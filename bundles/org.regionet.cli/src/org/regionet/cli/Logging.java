package org.regionet.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Routes the log4j output of Xtext to standard error and only at level ERROR, so command output stays clean.
 */
public final class Logging {

	private Logging() {
	}

	public static void quiet() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			ConsoleAppender appender = new ConsoleAppender(new PatternLayout("%p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR);
			root.addAppender(appender);
		}
		root.setLevel(Level.ERROR);
	}
}
