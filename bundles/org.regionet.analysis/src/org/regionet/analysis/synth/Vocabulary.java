package org.regionet.analysis.synth;

import java.util.ArrayList;
import java.util.List;

import org.regionet.analysis.text.Folding;
import org.regionet.analysis.text.StringDistance;

/**
 * Word lists for synthetic German names and offers. Surnames and trades that are one typo
 * apart ("Meier"/"Meyer") are dropped: a planted truth must not contain distinct bodies that
 * no matcher could tell apart from a typo.
 */
final class Vocabulary {

    static final List<String> SURNAMES = distinct(List.of(
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
            "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid",
            "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs",
            "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich",
            "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke",
            "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer",
            "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas",
            "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn",
            "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Ernst", "Brinkmann",
            "Kemper", "Heuer", "Terhorst", "Wienand", "Lammers", "Overbeck", "Hölscher", "Tillmann", "Grewe",
            "Hüsken", "Rademacher", "Stratmann", "Wessel", "Kortmann", "Feldhaus", "Brüggemann", "Niehaus",
            "Ostendorf", "Pöppelmann", "Ruhnau", "Sandkühler", "Tenbrink", "Uhlenbrock", "Vennemann", "Wilmsen",
            "Achterberg", "Bökamp", "Dreier", "Esser", "Frings", "Gödde", "Hansen", "Imhoff", "Janssen", "Kaufmann",
            "Lindner", "Mertens", "Nolte", "Oppermann", "Prinz", "Quandt", "Reuter", "Sander", "Thiele", "Ullrich",
            "Vollmer", "Westphal", "Xander", "Yilmaz", "Zander", "Aydin", "Demir", "Kaya", "Öztürk", "Çelik",
            "Nowak", "Kowalski", "Wiśniewski", "Lewandowski", "Petrović", "Jovanović", "Papadopoulos", "Rossi",
            "Ferrari", "Esposito", "García", "Fernández", "Dubois", "Lefèvre", "Nguyen", "Schäfer", "Krebs",
            "Adler", "Brauer", "Decker", "Eckert", "Fleischer", "Gärtner", "Hauser", "Illner", "Jansen", "Kessler",
            "Langner", "Marx", "Naumann", "Ortmann", "Paulsen", "Rieger", "Stolz", "Tietz", "Unger", "Voß",
            "Wendt", "Ziemann", "Buchholz", "Dorn", "Ebert", "Fiedler", "Geiger", "Hildebrandt", "Kolb", "Lenz",
            "Michels", "Nagel", "Petersen", "Ritter", "Seifert", "Thomsen", "Urban", "Wirth", "Zeller", "Bauer",
            "Blum", "Conrad", "Dahl", "Eichler", "Freitag", "Gerlach", "Hesse", "Jahn", "Kirchner", "Lutz",
            "Menzel", "Noack", "Pieper", "Reinhardt", "Schenk", "Trautmann", "Vetter", "Wiegand", "Beckmann",
            "Dreyer", "Fromm", "Hilger", "Kampmann", "Lohmann", "Mönnich", "Nieland", "Pauly", "Rehberg", "Spieker",
            "Tönnies", "Vorholt", "Wittkamp", "Alfs", "Borgmann", "Deitermann", "Elsner", "Funke", "Gehrmann",
            "Hagedorn", "Iske", "Jürgens", "Klostermann", "Lüttgen", "Mense", "Nottebrock", "Pölling", "Rüsing"), 6);

    static final List<String> TRADES = distinct(List.of(
            "Metallbau", "Elektrotechnik", "Sanitärtechnik", "Heizungsbau", "Dachdeckerei", "Malerbetrieb",
            "Tischlerei", "Bäckerei", "Fleischerei", "Gartenbau", "Steuerberatung", "Logistik", "Spedition",
            "Pflegedienst", "Personaldienstleistungen", "Bauunternehmung", "Kfz-Werkstatt", "Autohaus",
            "Maschinenbau", "Kunststofftechnik", "Feinmechanik", "Druckerei", "Gebäudereinigung",
            "Sicherheitsdienst", "IT-Service", "Softwareentwicklung", "Unternehmensberatung", "Ingenieurbüro",
            "Architekturbüro", "Hausverwaltung", "Catering", "Gastronomie", "Augenoptik", "Hörakustik",
            "Orthopädietechnik", "Zahntechnik", "Physiotherapie", "Friseursalon", "Floristik", "Getränkehandel",
            "Möbelwerkstatt", "Baustoffhandel", "Stahlbau", "Fensterbau", "Fliesenlegerei", "Zimmerei",
            "Gerüstbau", "Klimatechnik", "Solartechnik", "Recycling", "Verpackung", "Textilreinigung",
            "Umzugsservice", "Kurierdienst", "Reisebüro", "Fahrschule", "Sprachschule", "Personalberatung",
            "Bildungsberatung", "Kanzlei", "Landtechnik", "Brunnenbau", "Glaserei", "Schlosserei",
            "Orgelbau", "Goldschmiede", "Konditorei", "Brauerei", "Weberei", "Gießerei"), 2);

    /** Root fields of the MAGS Fachkräfteoffensive, each with two regional topics. */
    static final String[][] FIELDS = {
        {"ausbildung", "Aus- und Weiterbildung", "Teilqualifizierung", "Übergang Schule-Beruf"},
        {"akademisch", "Akademische Bildung", "Studienorientierung", "Wissenstransfer"},
        {"potenziale", "Inländische Potenziale", "Frauen und Beruf", "Langzeitarbeitslosigkeit"},
        {"anerkennung", "Anerkennung ausländischer Berufsabschlüsse", "Anpassungsqualifizierung", "Sprachförderung"},
        {"zuwanderung", "Fachkräftezuwanderung", "Welcome Center", "Internationale Rekrutierung"},
        {"standort", "Standortfaktoren", "Arbeitgeberattraktivität", "Gute Arbeit"},
    };

    static final String[] TARGETS = {
        "Jugendliche", "Junge Erwachsene", "Langzeitarbeitslose", "Frauen", "Geflüchtete", "Menschen mit Behinderung",
        "Ältere Beschäftigte", "Alleinerziehende", "Studierende", "Kleine und mittlere Unternehmen", "Beschäftigte",
        "Zugewanderte Fachkräfte",
    };

    /** Themes per root field (same order as {@link #FIELDS}); each can form a compound ("Ausbildungs-"). */
    static final String[][] THEMES = {
        {"Ausbildung", "Berufsorientierung", "Weiterbildung", "Teilqualifizierung", "Umschulung", "Praktikum",
            "Nachqualifizierung", "Berufseinstieg"},
        {"Studienorientierung", "Studienabbruch", "Duales Studium", "Absolventenbindung", "Wissenstransfer",
            "Gründung"},
        {"Wiedereinstieg", "Teilzeitausbildung", "Inklusion", "Langzeitarbeitslosigkeit", "Alleinerziehende",
            "Geringqualifizierte", "Familienfreundlichkeit"},
        {"Anerkennung", "Anpassungsqualifizierung", "Sprachförderung", "Kenntnisprüfung", "Berufsanerkennung"},
        {"Fachkräfteeinwanderung", "Rekrutierung", "Integration", "Willkommenskultur", "Einwanderungsberatung"},
        {"Arbeitgeberattraktivität", "Mobilität", "Kinderbetreuung", "Digitalisierung", "Strukturwandel",
            "Gesundheitsmanagement", "Mitarbeiterbindung"},
    };

    static final String[] SECTORS = {
        "Pflege", "Metall- und Elektroindustrie", "Handwerk", "Logistik", "Gastronomie", "Einzelhandel",
        "IT-Branche", "Bauwirtschaft", "Gesundheitswesen", "Kindertagesbetreuung", "Chemieindustrie",
        "Energiewirtschaft", "Landwirtschaft", "Hotellerie", "Öffentliche Verwaltung", "Kfz-Gewerbe",
        "Lebensmittelindustrie", "Textilindustrie", "Kunststoffindustrie", "Medienbranche", "Tourismus",
        "Sozialwesen", "Sicherheitsgewerbe", "Gebäudereinigung", "Verkehrswesen", "Steuerberatung",
        "Finanzwirtschaft", "Versicherungswirtschaft", "Maschinenbau", "Automobilzulieferer", "Glasindustrie",
        "Papierindustrie", "Holzverarbeitung", "Druckindustrie", "Elektroinstallation", "Sanitär- und Heizungstechnik",
        "Friseurbranche", "Backgewerbe", "Zahntechnik", "Altenhilfe",
    };

    /**
     * Offer formats: word, activity type literal, whether it joins a theme as compound head, and
     * its family. Formats of one family are the same kind of offer under different words
     * ("Sprechstunde" and "Beratung"), as listed in {@code data/text-synonyms.txt}.
     */
    static final String[][] FORMATS = {
        {"Messe", "event", "y", "messe"}, {"Börse", "event", "y", "messe"},
        {"Speed-Dating", "event", "n", "speeddating"},
        {"Infotag", "event", "y", "infotag"}, {"Aktionstag", "event", "y", "infotag"},
        {"Fachtag", "event", "y", "fachtag"}, {"Konferenz", "event", "y", "fachtag"},
        {"Beratung", "counselling", "y", "beratung"}, {"Sprechstunde", "counselling", "n", "beratung"},
        {"Coaching", "counselling", "n", "beratung"}, {"Lotsendienst", "counselling", "n", "beratung"},
        {"Projekt", "project", "y", "projekt"}, {"Programm", "project", "y", "projekt"},
        {"Initiative", "project", "y", "projekt"}, {"Offensive", "project", "y", "projekt"},
        {"Portal", "portal", "y", "portal"}, {"Plattform", "portal", "y", "portal"},
        {"Netzwerk", "network", "y", "netzwerk"}, {"Arbeitskreis", "network", "n", "netzwerk"},
        {"Runder Tisch", "network", "n", "netzwerk"}, {"Kampagne", "campaign", "y", "kampagne"},
        {"Wettbewerb", "campaign", "y", "wettbewerb"}, {"Studie", "study", "y", "studie"},
        {"Werkstatt", "project", "y", "werkstatt"}, {"Lernwerkstatt", "project", "n", "werkstatt"},
        {"Sommerakademie", "event", "n", "sommerakademie"}, {"Mentoringprogramm", "project", "n", "mentoring"},
        {"Kompetenzcheck", "counselling", "n", "kompetenzcheck"},
    };

    static final String[] FILLERS = {
        "Die Teilnahme ist kostenfrei.", "Anmeldung über die Geschäftsstelle.", "Gefördert aus Mitteln des Landes.",
        "In Zusammenarbeit mit regionalen Betrieben.", "Termine werden regelmäßig bekannt gegeben.",
        "Das Angebot wird laufend weiterentwickelt.", "Ziel ist die Sicherung des Fachkräftebedarfs in der Region.",
        "Die Ergebnisse fließen in die Arbeitsplanung ein.", "Beratung auch in mehreren Sprachen möglich.",
        "Vor Ort und digital.", "Mit Unterstützung der Kammern.", "Eine Fortsetzung ist geplant.",
        "Die Veranstaltung findet jährlich statt.", "Es stehen begrenzt Plätze zur Verfügung.",
        "Im Rahmen der Fachkräfteoffensive NRW.", "Ansprechpersonen stehen für Rückfragen bereit.",
    };

    static final String[] COMMITTEE_TITLES = {
        "Lenkungskreis Fachkräftesicherung", "Arbeitskreis Übergang Schule-Beruf", "Steuerungsgruppe Ausbildung",
        "Regionaler Beirat Arbeitsmarkt", "Netzwerk Anerkennung", "Runder Tisch Zuwanderung",
        "Fachbeirat Weiterbildung", "Bündnis für Fachkräfte", "Arbeitsgruppe Inklusion", "Forum Strukturwandel",
        "Ausschuss für Arbeit und Qualifizierung", "Koordinierungskreis Integration", "Initiativkreis Pflege",
        "Planungsgruppe Handlungskonzept", "Beirat Frau und Beruf", "Kompetenzteam Digitalisierung",
    };

    static final String[] BRANDS = {
        "Pro Arbeit", "Zukunftswerk", "Chancenwerk", "Brückenbauer", "Startklar", "Perspektive Plus",
        "Lernhafen", "Jobwerk", "Kompass", "Weitblick", "Aufwind", "Werkhaus",
    };

    private Vocabulary() {
    }

    /** Keeps words whose folded forms are not within {@code maxEdits} of an earlier word. */
    private static List<String> distinct(List<String> words, int minLength) {
        List<String> out = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (String w : words) {
            String f = Folding.fold(w).replace(" ", "");
            boolean clash = false;
            for (String g : folded) {
                int edits = Math.min(f.length(), g.length()) < minLength ? 1 : 2;
                if (StringDistance.osa(f, g, edits) <= edits || StringDistance.jaroWinkler(f, g) >= 0.9) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                out.add(w);
                folded.add(f);
            }
        }
        return List.copyOf(out);
    }
}
