package org.regionet.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the diagram editor (English default, German in messages_de.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.regionet.diagram.ui.internal.messages"; //$NON-NLS-1$

	public static String Editor_title;
	public static String Editor_notAFile;
	public static String Representation_actorNetwork;
	public static String Representation_committeeStructure;
	public static String Representation_regionLandscape;
	public static String Toolbar_zoomIn;
	public static String Toolbar_zoomOut;
	public static String Toolbar_fit;
	public static String Toolbar_arrange;
	public static String Toolbar_exportSvg;
	public static String Toolbar_exportPng;
	public static String Toolbar_layers;
	public static String Toolbar_create;
	public static String Toolbar_createTooltip;
	public static String Palette_job;
	public static String Palette_refused;
	public static String Palette_changed;
	public static String Palette_created;
	public static String Toolbar_layersTooltip;
	public static String Toolbar_filter;
	public static String Status_loading;
	public static String Status_shown;
	public static String Status_errors;
	public static String Status_failed;
	public static String Job_load;
	public static String Job_loadModels;
	public static String Job_analyse;
	public static String Job_layout;
	public static String Job_export;
	public static String Export_done;
	public static String Export_failed;
	public static String Pin_failed;
	public static String Open_failed;
	public static String Toolbar_delete;
	public static String Toolbar_deleteTooltip;
	public static String Toolbar_rename;
	public static String Toolbar_renameTooltip;
	public static String Palette_connect;
	public static String Edit_delete;
	public static String Edit_deleted;
	public static String Edit_cannotDelete;
	public static String Edit_connect;
	public static String Edit_connected;
	public static String Edit_noDirectEdit;
	public static String Edit_label;
	public static String Edit_labelled;
	public static String Edit_rename;
	public static String Edit_renameTitle;
	public static String Edit_renamePrompt;
	public static String Edit_renamed;
	public static String Edit_refused;
	public static String Menu_open;
	public static String Pin_move;
	public static String Pin_layers;
	public static String Pin_arrange;


	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
