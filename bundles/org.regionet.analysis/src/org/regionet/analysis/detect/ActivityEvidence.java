package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.internal.Interner;
import org.regionet.analysis.internal.Messages;
import org.regionet.analysis.internal.Periods;
import org.regionet.analysis.internal.SortedInts;
import org.regionet.analysis.text.SparseVectors;
import org.regionet.model.Activity;

/** Evidence and labels for a pair of activities, shared by parallel and analogue findings. */
final class ActivityEvidence {

    private final AnalysisContext ctx;
    private final ActivityTable t;
    private final SparseVectors text;

    ActivityEvidence(AnalysisContext ctx, ActivityTable table, SparseVectors text) {
        this.ctx = ctx;
        this.t = table;
        this.text = text;
    }

    Evidence text(int i, int j, double cosine) {
        return new Evidence("text", cosine, NLS.bind(Messages.Activity_text, sharedWords(i, j)));
    }

    /**
     * The text evidence of a pair: the cosine for pairs with descriptions, or for title-only pairs the note that
     * the structural conditions decide ({@code decides} says which), see {@link TitleOnly}.
     */
    Evidence text(int i, int j, double cosine, String decides) {
        return TitleOnly.thin(t, i, j)
                ? new Evidence("text", cosine, NLS.bind(Messages.Activity_titleOnly, decides, sharedWords(i, j)))
                : text(i, j, cosine);
    }

    private String sharedWords(int i, int j) {
        return String.join(", ", text.sharedTerms(i, j, 6));
    }

    /**
     * Inserts the subject-conflict evidence after the text evidence when the titles name different subjects
     * (for title-only pairs, the conflict of their titles alone).
     */
    List<Evidence> withSubjectOf(int i, int j, List<Evidence> evidence) {
        return insertSubject(TitleOnly.thin(t, i, j) ? TitleOnly.conflict(t, text, i, j) : text.subjectConflict(i, j),
                evidence);
    }

    /** Inserts the subject-conflict evidence after the text evidence when the titles name different subjects. */
    List<Evidence> withSubject(int i, int j, List<Evidence> evidence) {
        return insertSubject(text.subjectConflict(i, j), evidence);
    }

    private List<Evidence> insertSubject(String[] conflict, List<Evidence> evidence) {
        if (conflict == null) {
            return evidence;
        }
        List<Evidence> out = new ArrayList<>(evidence);
        out.add(1, new Evidence("subject", ctx.settings.subjectConflictFactor(),
                NLS.bind(Messages.Activity_subjects, conflict[0], conflict[1])));
        return out;
    }

    Evidence type(int i, int j) {
        boolean same = t.type[i] == t.type[j];
        return new Evidence("type", same ? 1 : 0, NLS.bind(same ? Messages.Activity_sameType : Messages.Activity_differentTypes,
                t.activity[i].getType().getLiteral(), t.activity[j].getType().getLiteral()));
    }

    Evidence fields(int i, int j) {
        int[] shared = SortedInts.intersection(t.fields[i], t.fields[j]);
        return new Evidence("fields", SortedInts.jaccard(t.fields[i], t.fields[j]),
                NLS.bind(Messages.Activity_fields, labels(ctx.index.fields, shared)));
    }

    Evidence targets(int i, int j) {
        int[] shared = SortedInts.intersection(t.targets[i], t.targets[j]);
        return new Evidence("target groups", SortedInts.jaccard(t.targets[i], t.targets[j]),
                NLS.bind(Messages.Activity_targets, labels(ctx.index.targets, shared)));
    }

    Evidence period(int i, int j) {
        boolean overlap = Periods.overlap(t.from[i], t.to[i], t.from[j], t.to[j]);
        return new Evidence("period", overlap ? 1 : 0, NLS.bind(overlap ? Messages.Activity_periodOverlaps
                : Messages.Activity_periodDisjoint, new Object[] {Periods.format(t.from[i]), Periods.format(t.to[i]),
                        Periods.format(t.from[j]), Periods.format(t.to[j])}));
    }

    Evidence leads(int i, int j) {
        return new Evidence("leads", 1, NLS.bind(Messages.Activity_leads, lead(i), lead(j)));
    }

    String lead(int i) {
        Activity a = t.activity[i];
        return a.getLead() == null ? Messages.None : "\"" + ElementNames.label(a.getLead()) + "\"";
    }

    String regions(int[] ids) {
        return labels(ctx.index.regions, ids);
    }

    String fieldLabels(int[] ids) {
        return labels(ctx.index.fields, ids);
    }

    String targetLabels(int[] ids) {
        return labels(ctx.index.targets, ids);
    }

    static <T extends org.eclipse.emf.ecore.EObject> String labels(Interner<T> interner, int[] ids) {
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(ElementNames.label(interner.get(id)));
        }
        return out.isEmpty() ? Messages.None : String.join(", ", out);
    }
}
