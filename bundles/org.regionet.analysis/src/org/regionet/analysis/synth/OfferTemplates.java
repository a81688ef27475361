package org.regionet.analysis.synth;

import java.util.Random;

/**
 * Kinds of offer ("the same offer"): a format, a theme of one root field and a sector. One
 * template is worded in several ways, as different organisations would title the same offer;
 * two templates differing only in the sector are planted near-misses.
 */
final class OfferTemplates {

    static final int FORMATS = Vocabulary.FORMATS.length;
    static final int THEMES = 8;
    static final int SECTORS = Vocabulary.SECTORS.length;
    static final int FIELDS = Vocabulary.FIELDS.length;

    private OfferTemplates() {
    }

    static int id(int format, int field, int theme, int sector) {
        return ((format * FIELDS + field) * THEMES + theme) * SECTORS + sector;
    }

    static int format(int id) {
        return id / (FIELDS * THEMES * SECTORS);
    }

    static int field(int id) {
        return id / (THEMES * SECTORS) % FIELDS;
    }

    static int theme(int id) {
        return id / SECTORS % THEMES;
    }

    static int sector(int id) {
        return id % SECTORS;
    }

    /** A random template of {@code field}. */
    static int random(Random rnd, int field) {
        int theme = rnd.nextInt(Vocabulary.THEMES[field].length);
        return id(rnd.nextInt(FORMATS), field, theme, rnd.nextInt(SECTORS));
    }

    /** The same format and theme in another sector: similar words, different offer. */
    static int sibling(Random rnd, int id) {
        int s = (sector(id) + 1 + rnd.nextInt(SECTORS - 1)) % SECTORS;
        return id(format(id), field(id), theme(id), s);
    }

    /**
     * The offer a template stands for: formats of one family are one kind of offer, so the
     * offer id replaces the format by the first format of its family.
     */
    static int offer(int id) {
        String family = Vocabulary.FORMATS[format(id)][3];
        for (int f = 0; f < FORMATS; f++) {
            if (Vocabulary.FORMATS[f][3].equals(family)) {
                return id(f, field(id), theme(id), sector(id));
            }
        }
        return id;
    }

    /** A format of the same family as the template's, so one offer is worded with different words. */
    private static int wording(Random rnd, int id) {
        String family = Vocabulary.FORMATS[format(id)][3];
        int[] same = java.util.stream.IntStream.range(0, FORMATS)
                .filter(f -> Vocabulary.FORMATS[f][3].equals(family)).toArray();
        return rnd.nextBoolean() ? format(id) : same[rnd.nextInt(same.length)];
    }

    static String type(int id) {
        return Vocabulary.FORMATS[format(id)][1];
    }

    /** One of several wordings of the template's title. */
    static String title(Random rnd, int id, String place) {
        int fmt = wording(rnd, id);
        String format = Vocabulary.FORMATS[fmt][0];
        boolean compoundable = "y".equals(Vocabulary.FORMATS[fmt][2]);
        String theme = Vocabulary.THEMES[field(id)][theme(id)];
        String sector = Vocabulary.SECTORS[sector(id)];
        return switch (rnd.nextInt(6)) {
            case 0 -> format + " " + theme + " – " + sector;
            case 1 -> compoundable && !theme.contains(" ") && !theme.endsWith("e")
                    ? theme + linking(theme) + format.toLowerCase(java.util.Locale.GERMAN) + " " + sector
                    : theme + "-" + format + " " + sector;
            case 2 -> sector + ": " + format + " zur " + theme;
            case 3 -> format + " " + theme + " im Bereich " + sector;
            case 4 -> format + " " + theme + " " + sector + " " + place + " " + (2019 + rnd.nextInt(8));
            default -> "Regionale " + format + " " + theme + " (" + sector + ")";
        };
    }

    /** The German linking "s" (Fugen-s) after -ung, -heit, -keit, -schaft, -tät, -ion. */
    private static String linking(String word) {
        for (String end : new String[] {"ung", "heit", "keit", "schaft", "tät", "ion"}) {
            if (word.endsWith(end)) {
                return "s";
            }
        }
        return "";
    }

    /** A description mentioning theme, format, target and sector plus generic sentences. */
    static String description(Random rnd, int id, String target) {
        String format = Vocabulary.FORMATS[wording(rnd, id)][0];
        String theme = Vocabulary.THEMES[field(id)][theme(id)];
        String sector = Vocabulary.SECTORS[sector(id)];
        String[] f = Vocabulary.FILLERS;
        String first = switch (rnd.nextInt(3)) {
            case 0 -> format + " zum Thema " + theme + " für " + target + " in der Branche " + sector + ".";
            case 1 -> "Angebot zur " + theme + " (" + sector + ") als " + format + " für " + target + ".";
            default -> theme + " in " + sector + ": " + format + " für " + target + ".";
        };
        return first + " " + f[rnd.nextInt(f.length)] + (rnd.nextBoolean() ? " " + f[rnd.nextInt(f.length)] : "");
    }
}
