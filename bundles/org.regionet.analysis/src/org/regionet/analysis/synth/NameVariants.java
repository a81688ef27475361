package org.regionet.analysis.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Spelling variants of one body's name, as they appear when different people model it:
 * abbreviations, umlaut transcriptions, legal forms, word order, typos, split compounds and
 * case or punctuation changes.
 */
final class NameVariants {

    enum Kind {
        ABBREVIATION, UMLAUT, LEGAL_FORM, WORD_ORDER, TYPO, COMPOUND, CASE
    }

    private static final String[][] ABBREVIATIONS = {
        {"Industrie- und Handelskammer", "IHK"}, {"Handwerkskammer", "HWK"}, {"Agentur für Arbeit", "Arbeitsagentur"},
        {"Agentur für Arbeit", "AA"}, {"Kreishandwerkerschaft", "KH"}, {"Wirtschaftsförderung", "WFG"},
        {"Wirtschaftsförderung", "Wirtschaftsförderungsgesellschaft"}, {"Volkshochschule", "VHS"},
        {"Deutscher Gewerkschaftsbund", "DGB"}, {"Regionalagentur", "RA"}, {"Arbeiterwohlfahrt", "AWO"},
        {"Landkreis", "Kreis"}, {"Jobcenter", "JC"}, {"Jobcenter", "Job-Center"}, {"Berufskolleg", "BK"},
        {"Stadt ", "Stadtverwaltung "}, {"Kreis ", "Kreisverwaltung "},
    };

    private static final String[] LEGAL = {"GmbH", "gGmbH", "e.V.", "eV", "e. V.", "mbH", "GmbH & Co. KG", "AöR", "KG", "AG"};

    private static final String[] HEADS = {"kammer", "schaft", "zentrum", "werk", "verband", "center", "agentur",
        "förderung", "bau", "technik", "dienst", "beratung", "schule", "reinigung", "handel", "service"};

    private static final String KEYBOARD = "qwertzuiopasdfghjklyxcvbnm";

    private final Random rnd;

    NameVariants(Random rnd) {
        this.rnd = rnd;
    }

    /** A variant of {@code name} by one or (30 %) two transformations; never equal to {@code name}. */
    String variant(String name, boolean company) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String v = apply(name, pick(), company);
            if (v != null && rnd.nextDouble() < 0.3) {
                String w = apply(v, pick(), company);
                v = w == null ? v : w;
            }
            if (v != null && !v.equals(name)) {
                return v;
            }
        }
        return name.toUpperCase(Locale.GERMAN);
    }

    private Kind pick() {
        Kind[] all = Kind.values();
        return all[rnd.nextInt(all.length)];
    }

    /** Applies one transformation, or returns null if it does not apply to this name. */
    String apply(String name, Kind kind, boolean company) {
        return switch (kind) {
            case ABBREVIATION -> abbreviation(name);
            case UMLAUT -> umlaut(name);
            case LEGAL_FORM -> legalForm(name, company);
            case WORD_ORDER -> wordOrder(name);
            case TYPO -> typo(name);
            case COMPOUND -> compound(name);
            case CASE -> rnd.nextBoolean() ? name.toUpperCase(Locale.GERMAN) : name.replace("-", " ").replace(".", "");
        };
    }

    private String abbreviation(String name) {
        List<String[]> fits = new ArrayList<>();
        for (String[] pair : ABBREVIATIONS) {
            if (name.contains(pair[0]) || name.contains(pair[1] + " ")) {
                fits.add(pair);
            }
        }
        if (fits.isEmpty()) {
            return null;
        }
        String[] pair = fits.get(rnd.nextInt(fits.size()));
        return name.contains(pair[0]) ? name.replace(pair[0], pair[1]) : name.replace(pair[1] + " ", pair[0] + " ");
    }

    private static String umlaut(String name) {
        String v = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        return v.equals(name) ? null : v;
    }

    private String legalForm(String name, boolean company) {
        for (String l : LEGAL) {
            if (name.endsWith(" " + l)) {
                String core = name.substring(0, name.length() - l.length() - 1);
                return rnd.nextBoolean() ? core : core + " " + LEGAL[rnd.nextInt(LEGAL.length)];
            }
        }
        return name + (company ? " GmbH" : " e.V.");
    }

    private String wordOrder(String name) {
        String core = name;
        String legal = "";
        for (String l : LEGAL) {
            if (name.endsWith(" " + l)) {
                core = name.substring(0, name.length() - l.length() - 1);
                legal = " " + l;
                break;
            }
        }
        String[] words = core.split(" ");
        if (words.length < 2) {
            return null;
        }
        if (rnd.nextBoolean()) {
            // "Kreis Kleve" -> "Kleve, Kreis"
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < words.length; i++) {
                sb.append(i > 1 ? " " : "").append(words[i]);
            }
            return sb + ", " + words[0] + legal;
        }
        String t = words[0];
        words[0] = words[1];
        words[1] = t;
        return String.join(" ", words) + legal;
    }

    private String typo(String name) {
        String[] words = name.split(" ");
        List<Integer> long6 = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 6 && words[i].chars().allMatch(Character::isLetter)) {
                long6.add(i);
            }
        }
        if (long6.isEmpty()) {
            return null;
        }
        int wi = long6.get(rnd.nextInt(long6.size()));
        String w = words[wi];
        int p = 1 + rnd.nextInt(w.length() - 2);
        StringBuilder sb = new StringBuilder(w);
        switch (rnd.nextInt(4)) {
            case 0 -> sb.deleteCharAt(p);
            case 1 -> {
                char c = sb.charAt(p);
                sb.setCharAt(p, sb.charAt(p + 1));
                sb.setCharAt(p + 1, c);
            }
            case 2 -> sb.setCharAt(p, KEYBOARD.charAt(rnd.nextInt(KEYBOARD.length())));
            default -> sb.insert(p, sb.charAt(p));
        }
        words[wi] = sb.toString();
        return String.join(" ", words);
    }

    private String compound(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.GERMAN);
            for (String head : HEADS) {
                int at = lower.length() - head.length();
                if (lower.length() >= head.length() + 4 && lower.endsWith(head)) {
                    String first = words[i].substring(0, at);
                    String second = Character.toUpperCase(words[i].charAt(at)) + words[i].substring(at + 1);
                    words[i] = first + (rnd.nextBoolean() ? "-" : " ") + second;
                    return String.join(" ", words);
                }
            }
        }
        return null;
    }
}
