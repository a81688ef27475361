package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regionet.dsl.RegioNetStandaloneSetup;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.model.FindingKind;

import com.google.inject.Injector;

/**
 * Labelled evaluation on the NRW example model ({@code org.regionet.examples/models}): every
 * finding listed in {@code EXPECTED_FINDINGS.md} is reported (open or accepted as labelled) and
 * none of the listed near-misses is. A case is a kind plus the set of qualified element names.
 * Prints precision and recall of the open findings.
 */
class NrwExampleEvaluationTest {

    private static final Path MODELS = Path.of("../org.regionet.examples/models");

    private static final String AC = "nrw.aachen.";
    private static final String RU = "nrw.ruhrgebiet.";
    private static final String HE = "nrw.hellweg.";

    private static AnalysisResult result;
    private static Set<Case> open;
    private static Set<Case> accepted;
    private static List<org.regionet.model.RegioModel> models;

    /** A finding as labelled: kind and the set of qualified element names. */
    record Case(FindingKind kind, Set<String> names) {
        static Case of(FindingKind kind, String... names) {
            return new Case(kind, new TreeSet<>(List.of(names)));
        }

        static Case of(Finding f) {
            return new Case(f.kind(), new TreeSet<>(f.elementNames()));
        }

        @Override
        public String toString() {
            return kind.getLiteral() + " " + names;
        }
    }

    @BeforeAll
    static void analyse() {
        assertTrue(Files.isDirectory(MODELS), "example models not found at " + MODELS.toAbsolutePath());
        Injector injector = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration();
        ModelWorkspace workspace = injector.getInstance(ModelWorkspace.class).load(List.of(MODELS));
        workspace.validate(CancelIndicator.NullImpl);
        models = List.copyOf(workspace.models());
        result = ParallelStructureAnalyzer.analyze(models);
        open = result.findings().stream().map(Case::of).collect(Collectors.toCollection(LinkedHashSet::new));
        accepted = result.accepted().stream().map(a -> Case.of(a.finding()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // ---- labelled truth ---------------------------------------------------------------

    static List<Case> expectedOpen() {
        FindingKind d = FindingKind.DUPLICATE_ACTOR;
        FindingKind p = FindingKind.PARALLEL;
        FindingKind a = FindingKind.ANALOGUE;
        return List.of(
                Case.of(d, AC + "Handwerkskammer_Aachen", "nrw.HWK_AC"), // D1
                Case.of(d, AC + "IHK_Aachen", "nrw.Industrie_und_Handelskammer_Aachen"), // D2
                Case.of(d, AC + "JC_StaedteRegion_Aachen", "nrw.Jobcenter_Staedteregion_Aachen_AoeR"), // D3
                Case.of(d, HE + "Handwerkskammer_Suedwestfalen", "nrw.HWK_Suedwestfalen"), // D4
                Case.of(d, RU + "DGB_Dortmund_Hellweg", HE + "DGB_Region_DO_Hellweg"), // D5
                Case.of(p, AC + "Ausbildungsbotschafter_IHK", AC + "Ausbildungsbotschafter_Handwerk"), // P1
                Case.of(p, AC + "Fachkraefte_Summit_2024", AC + "IHK_Fachkraeftegipfel_2024"), // P2
                Case.of(p, RU + "Weiterbildungsportal_WR", RU + "IHK_Weiterbildungsdatenbank_DO"), // P3
                Case.of(p, RU + "Durchstarten_Dortmund", RU + "Job_Turbo_Dortmund"), // P4
                Case.of(p, HE + "Pflegekampagne_Kreis_Soest", HE + "Ausbildungskampagne_Pflegekammer"), // P5
                Case.of(FindingKind.OVERLAPPING_COMMITTEE, RU + "Facharbeitskreis_WR", RU + "Fachkraeftebuendnis_WR"), // O1
                Case.of(a, HE + "Qualifizierungsportal_HHS", RU + "Weiterbildungsportal_WR"), // A1
                Case.of(a, HE + "Qualifizierungsportal_HHS", RU + "IHK_Weiterbildungsdatenbank_DO"), // A2
                Case.of(a, HE + "Job_Turbo_Soest", RU + "Durchstarten_Dortmund"), // A3
                Case.of(a, HE + "Job_Turbo_Soest", RU + "Job_Turbo_Dortmund"), // A4
                Case.of(a, HE + "Anerkennungsberatung_Handwerk_HHS", RU + "Anerkennung_Pflege_Hamm"), // A5
                Case.of(a, HE + "Internationale_Fachkraefte_HSK", RU + "Anwerbung_Pflege_Ausland_WR"), // A6
                Case.of(a, HE + "Fachkraeftetag_HHS", RU + "Fachkraeftekonferenz_WR"), // A7
                Case.of(FindingKind.GAP, "nrw.Hellweg_Hochsauerland", "nrw.Akademische_Bildung")); // G1
    }

    static List<Case> expectedAccepted() {
        List<Case> out = new ArrayList<>();
        out.add(Case.of(FindingKind.PARALLEL, RU + "Ausbildungsprogramm_NRW_Dortmund", RU + "Ausbildungsprogramm_NRW_Kreis_Unna")); // P6
        out.add(Case.of(FindingKind.OVERLAPPING_COMMITTEE, AC + "Ausschuss_Arbeit", AC + "Workshops_Arbeitsmarktakteure")); // O2
        for (String field : List.of("Aus_und_Weiterbildung", "Akademische_Bildung", "Anerkennung", "Arbeitsmarktpotenziale",
                "Fachkraefte_Ausland", "Standortfaktoren")) {
            out.add(Case.of(FindingKind.GAP, "nrw.Region_Koeln", "nrw." + field)); // G2
        }
        return out;
    }

    static List<Case> nearMisses() {
        List<Case> out = new ArrayList<>();
        FindingKind d = FindingKind.DUPLICATE_ACTOR;
        out.add(Case.of(d, RU + "IHK_Dortmund", RU + "HWK_Dortmund"));
        pairs(out, d, List.of(AC + "IHK_Aachen", "nrw.Industrie_und_Handelskammer_Aachen"),
                List.of(AC + "Handwerkskammer_Aachen", "nrw.HWK_AC"));
        out.add(Case.of(d, AC + "AA_Aachen_Dueren", AC + "AA_Bruehl"));
        out.add(Case.of(d, RU + "AA_Dortmund", RU + "AA_Hamm"));
        pairs(out, d, List.of(HE + "AA_Meschede_Soest"),
                List.of(AC + "AA_Aachen_Dueren", AC + "AA_Bruehl", RU + "AA_Dortmund", RU + "AA_Hamm"));
        all(out, d, AC + "StaedteRegion_Aachen", AC + "Stadt_Aachen", AC + "JC_StaedteRegion_Aachen");
        out.add(Case.of(d, HE + "Hochsauerlandkreis", HE + "JC_Hochsauerlandkreis"));
        out.add(Case.of(d, AC + "Kreis_Heinsberg", AC + "JC_Kreis_Heinsberg"));
        out.add(Case.of(d, AC + "Kreis_Dueren", AC + "JobCom_Kreis_Dueren"));
        all(out, d, HE + "JC_Kreis_Soest", HE + "JC_Hochsauerlandkreis", RU + "JC_Kreis_Unna", AC + "JC_Kreis_Heinsberg");
        out.add(Case.of(d, HE + "WFG_Kreis_Soest", HE + "Wirtschaftsfoerderung_HSK"));
        out.add(Case.of(d, RU + "Wirtschaftsfoerderung_Hamm", RU + "Wirtschaftsfoerderung_Dortmund"));
        out.add(Case.of(d, AC + "KompZ_Frau_Beruf_Aachen", RU + "KompZ_Frau_Beruf_WR"));
        all(out, d, AC + "RA_Aachen", RU + "RA_Westfaelisches_Ruhrgebiet", HE + "RA_Hellweg_Hochsauerland");
        out.add(Case.of(d, AC + "RAZV", AC + "RA_Aachen"));

        FindingKind p = FindingKind.PARALLEL;
        out.add(Case.of(p, AC + "Ausbildungsbotschafter_IHK", AC + "KAoA_Region_Aachen"));
        out.add(Case.of(p, AC + "Ausbildungsbotschafter_Handwerk", AC + "KAoA_Region_Aachen"));
        out.add(Case.of(p, AC + "Teilqualifizierung_AA", AC + "Teilqualifizierung_JC"));
        out.add(Case.of(p, AC + "Bildungsscheck_Beratung", AC + "Qualifizierung_Strukturwandel"));
        out.add(Case.of(p, AC + "Anerkennungsberatung_IQ", AC + "Anerkennungslotsen"));
        out.add(Case.of(p, HE + "Qualifizierungsportal_HHS", HE + "Branchenfokus_Fachkraeftebedarf"));
        out.add(Case.of(p, RU + "Fachkraeftekonferenz_WR", RU + "Arbeitgebermarke_Hamm"));
        out.add(Case.of(p, AC + "Fachkraefte_Summit_2023", AC + "IHK_Fachkraeftegipfel_2024"));
        out.add(Case.of(p, AC + "Fachkraefte_Summit_2023", AC + "Fachkraefte_Summit_2024"));
        out.add(Case.of(p, AC + "Studienzweifler_FH", AC + "Studienzweifler_RWTH"));
        out.add(Case.of(p, HE + "Potentialberatung_HHS", HE + "Arbeitgeberattraktivitaet_Soest"));
        out.add(Case.of(p, AC + "KMU_Beratung_Frau_Beruf", AC + "Wiedereinstiegsboerse"));
        all(out, p, HE + "Qualifizierungsportal_HHS", HE + "Vernetzte_Weiterbildungsregion", HE + "Fachkraeftetag_HHS");
        out.add(Case.of(p, AC + "Care_and_Mobility_Innovation", AC + "Arbeitgeberattraktivitaet_KMU"));

        FindingKind o = FindingKind.OVERLAPPING_COMMITTEE;
        out.add(Case.of(o, AC + "Ausschuss_Arbeit", AC + "Steuerungsgruppe_KAoA"));
        out.add(Case.of(o, AC + "Workshops_Arbeitsmarktakteure", AC + "Steuerungsgruppe_KAoA"));
        out.add(Case.of(o, AC + "Ausschuss_Arbeit", AC + "Kooperationsgespraeche_MAGS_Aachen"));
        out.add(Case.of(o, AC + "Workshops_Arbeitsmarktakteure", AC + "Kooperationsgespraeche_MAGS_Aachen"));
        out.add(Case.of(o, HE + "Weiterbildungsnetzwerk_HHS", HE + "Arbeitstreffen_AA_RA_HHS"));
        out.add(Case.of(o, HE + "Weiterbildungsnetzwerk_HHS", HE + "Lenkungskreis_HHS"));
        out.add(Case.of(o, RU + "Facharbeitskreis_WR", RU + "AK_Teilhabe_WR"));
        out.add(Case.of(o, AC + "Verbandsversammlung_RAZV", AC + "Ausschuss_Arbeit"));

        FindingKind a = FindingKind.ANALOGUE;
        pairs(out, a, List.of(AC + "Fachkraefte_Summit_2023", AC + "Fachkraefte_Summit_2024", AC + "IHK_Fachkraeftegipfel_2024"),
                List.of(HE + "Fachkraeftetag_HHS", RU + "Fachkraeftekonferenz_WR"));
        pairs(out, a, List.of(AC + "Teilqualifizierung_AA", AC + "Teilqualifizierung_JC"), List.of(HE + "Teilqualifizierung_HSK"));
        pairs(out, a, List.of(AC + "Studienzweifler_FH", AC + "Studienzweifler_RWTH"), List.of(RU + "Studienzweifler_Dortmund"));
        pairs(out, a, List.of(AC + "Anerkennungsberatung_IQ"),
                List.of(HE + "Anerkennungsberatung_Handwerk_HHS", RU + "Anerkennung_Pflege_Hamm"));
        out.add(Case.of(a, AC + "Anerkennungslotsen", HE + "Anerkennungsberatung_Handwerk_HHS"));
        pairs(out, a, List.of(AC + "Job_Turbo_Aachen"),
                List.of(HE + "Job_Turbo_Soest", RU + "Durchstarten_Dortmund", RU + "Job_Turbo_Dortmund"));
        out.add(Case.of(a, AC + "KMU_Beratung_Frau_Beruf", RU + "KMU_Familienfreundlichkeit_WR"));
        pairs(out, a, List.of(AC + "Pflegekraefte_Ausland_Aachen"),
                List.of(HE + "Internationale_Fachkraefte_HSK", RU + "Anwerbung_Pflege_Ausland_WR"));
        out.add(Case.of(a, AC + "Arbeitgeberattraktivitaet_KMU", HE + "Arbeitgeberattraktivitaet_Soest"));
        pairs(out, a, List.of(HE + "Pflegekampagne_Kreis_Soest", HE + "Ausbildungskampagne_Pflegekammer"),
                List.of(RU + "Ausbildungsmesse_Dortmund"));
        out.add(Case.of(a, HE + "Qualifizierungsportal_HHS", RU + "Transformationsnetzwerk_Unna"));
        out.add(Case.of(a, HE + "Branchenfokus_Fachkraeftebedarf", RU + "Transformationsnetzwerk_Unna"));
        out.add(Case.of(a, HE + "Vernetzte_Weiterbildungsregion", RU + "Fachkraeftekonferenz_WR"));
        out.add(Case.of(a, HE + "Wiedereinstieg_HSK", RU + "TEP_Teilzeitausbildung"));

        out.add(Case.of(FindingKind.GAP, "nrw.Westfaelisches_Ruhrgebiet", "nrw.Anerkennung"));
        return out;
    }

    private static void pairs(List<Case> out, FindingKind kind, List<String> left, List<String> right) {
        for (String l : left) {
            for (String r : right) {
                out.add(Case.of(kind, l, r));
            }
        }
    }

    private static void all(List<Case> out, FindingKind kind, String... names) {
        for (int i = 0; i < names.length; i++) {
            for (int j = i + 1; j < names.length; j++) {
                out.add(Case.of(kind, names[i], names[j]));
            }
        }
    }

    // ---- assertions ---------------------------------------------------------------------

    @Test
    void labelledNamesExistInTheModel() {
        Set<String> known = new TreeSet<>();
        for (org.regionet.model.RegioModel m : models) {
            m.eAllContents().forEachRemaining(e -> {
                if (e instanceof org.regionet.model.Element el && el.getName() != null) {
                    known.add(ElementNames.qualifiedName(el));
                }
            });
        }
        List<String> unknown = new ArrayList<>();
        List<Case> all = new ArrayList<>(expectedOpen());
        all.addAll(expectedAccepted());
        all.addAll(nearMisses());
        for (Case c : all) {
            c.names().stream().filter(n -> !known.contains(n)).forEach(unknown::add);
        }
        assertEquals(List.of(), unknown, "labelled names that are not in the model (typo in the test?)");
    }

    @Test
    void everyExpectedFindingIsReported() {
        List<Case> missing = expectedOpen().stream().filter(c -> !open.contains(c)).toList();
        assertEquals(List.of(), missing, "expected findings not reported as open findings");
    }

    @Test
    void acceptedFindingsAreListedAsAcceptedNotOpen() {
        for (Case c : expectedAccepted()) {
            assertTrue(accepted.contains(c), "not listed as accepted: " + c);
            assertTrue(!open.contains(c), "reported as open although accepted: " + c);
        }
    }

    @Test
    void noNearMissIsReported() {
        List<Case> reported = nearMisses().stream().filter(c -> open.contains(c) || accepted.contains(c)).toList();
        assertEquals(List.of(), reported, "near-misses reported");
    }

    @Test
    void incompleteActivitiesAndUnplacedCommitteesAreNotCompared() {
        for (Finding f : result.findings()) {
            if (f.kind() == FindingKind.PARALLEL) {
                for (String n : List.of(AC + "Summit_Ergebnisse", AC + "Fachkraeftetour_Laumann", AC + "Care_and_Mobility_Innovation")) {
                    assertTrue(!f.elementNames().contains(n), "incomplete activity compared: " + Case.of(f));
                }
            }
            if (f.kind() == FindingKind.OVERLAPPING_COMMITTEE) {
                assertTrue(!f.elementNames().contains("nrw.Klausur_RegionenNRW"), "committee without region compared: " + Case.of(f));
            }
            if (f.kind() == FindingKind.GAP) {
                assertTrue(!f.elementNames().contains("nrw.Region_Aachen") && !f.elementNames().contains("nrw.Westfaelisches_Ruhrgebiet"),
                        "region covering all fields has a gap: " + Case.of(f));
            }
        }
    }

    @Test
    void precisionAndRecall() {
        Set<Case> expected = new LinkedHashSet<>(expectedOpen());
        long correct = open.stream().filter(expected::contains).count();
        List<Case> unexpected = open.stream().filter(c -> !expected.contains(c)).toList();
        double precision = open.isEmpty() ? 1 : (double) correct / open.size();
        double recall = (double) correct / expected.size();
        System.out.printf(Locale.ROOT, "NRW example: %d open findings, %d expected, %d correct: precision %.3f, recall %.3f;"
                + " accepted %d (expected %d)%n", open.size(), expected.size(), correct, precision, recall,
                accepted.size(), expectedAccepted().size());
        unexpected.forEach(c -> System.out.println("  unexpected: " + c));
        assertEquals(List.of(), unexpected, "findings the labelled truth does not contain");
        assertEquals(1.0, recall, 1e-9);
    }
}
