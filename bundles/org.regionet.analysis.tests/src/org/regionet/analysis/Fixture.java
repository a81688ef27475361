package org.regionet.analysis;

import java.util.List;

import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.ActivityType;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.FindingKind;
import org.regionet.model.Region;
import org.regionet.model.TargetGroup;

/**
 * A small NRW-like model: Aachen with neighbours Düren and Heinsberg, Köln far away; two
 * fields and a topic; two target groups; chambers, agency and job centre.
 */
final class Fixture {

    final TestModel m = new TestModel("nrw");
    final Region aachen = m.region("aachen", "StädteRegion Aachen");
    final Region dueren = m.region("dueren", "Kreis Düren", aachen);
    final Region heinsberg = m.region("heinsberg", "Kreis Heinsberg", aachen);
    final Region koeln = m.region("koeln", "Stadt Köln");
    final ActionField ausbildung = m.field("ausbildung", "Aus- und Weiterbildung");
    final ActionField anerkennung = m.field("anerkennung", "Anerkennung");
    final ActionField digital = m.topic("digital", "Digitalisierung in der Ausbildung", ausbildung);
    final TargetGroup jugendliche = m.target("jugendliche", "Jugendliche");
    final TargetGroup kmu = m.target("kmu", "Kleine und mittlere Unternehmen");
    final Actor ihk = m.actor("ihk", "IHK Aachen", ActorKind.CHAMBER_OF_INDUSTRY, aachen);
    final Actor hwk = m.actor("hwk", "Handwerkskammer Aachen", ActorKind.CHAMBER_OF_CRAFTS, aachen);
    final Actor aa = m.actor("aa", "Agentur für Arbeit Aachen-Düren", ActorKind.EMPLOYMENT_AGENCY, aachen, dueren);
    final Actor jc = m.actor("jc", "Jobcenter Kreis Düren", ActorKind.JOB_CENTRE, dueren);

    /** An apprenticeship fair in Aachen led by {@code lead}. */
    Activity fair(String name, String title, Actor lead, Region region, String from, String to) {
        return m.activity(name, title, lead, ActivityType.EVENT, List.of(region), List.of(ausbildung),
                List.of(jugendliche), from, to);
    }

    AnalysisResult analyze() {
        return ParallelStructureAnalyzer.analyze(m.asList());
    }

    AnalysisResult analyze(AnalysisSettings settings) {
        return ParallelStructureAnalyzer.analyze(m.asList(), settings, AnalysisMonitor.none());
    }

    static boolean reported(AnalysisResult r, FindingKind kind, Object a, Object b) {
        return r.findings(kind).stream().anyMatch(f -> f.elements().contains(a) && f.elements().contains(b));
    }
}
