package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.internal.Interner;
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
        return new Evidence("text", cosine, "title/description similarity (TF-IDF cosine); shared words: "
                + String.join(", ", text.sharedTerms(i, j, 6)));
    }

    /** Inserts the subject-conflict evidence after the text evidence when the titles name different subjects. */
    List<Evidence> withSubject(int i, int j, List<Evidence> evidence) {
        String[] conflict = text.subjectConflict(i, j);
        if (conflict == null) {
            return evidence;
        }
        List<Evidence> out = new ArrayList<>(evidence);
        out.add(1, new Evidence("subject", ctx.settings.subjectConflictFactor(), "different subjects: \""
                + conflict[0] + "\" only in the first, \"" + conflict[1] + "\" only in the second"));
        return out;
    }

    Evidence type(int i, int j) {
        boolean same = t.type[i] == t.type[j];
        return new Evidence("type", same ? 1 : 0, same ? "same type: " + t.activity[i].getType().getLiteral()
                : "different types: " + t.activity[i].getType().getLiteral() + " / " + t.activity[j].getType().getLiteral());
    }

    Evidence fields(int i, int j) {
        int[] shared = SortedInts.intersection(t.fields[i], t.fields[j]);
        return new Evidence("fields", SortedInts.jaccard(t.fields[i], t.fields[j]),
                "shared action fields (topics count for their field): " + labels(ctx.index.fields, shared));
    }

    Evidence targets(int i, int j) {
        int[] shared = SortedInts.intersection(t.targets[i], t.targets[j]);
        return new Evidence("target groups", SortedInts.jaccard(t.targets[i], t.targets[j]),
                "shared target groups: " + labels(ctx.index.targets, shared));
    }

    Evidence period(int i, int j) {
        boolean overlap = Periods.overlap(t.from[i], t.to[i], t.from[j], t.to[j]);
        return new Evidence("period", overlap ? 1 : 0, String.format(Locale.ROOT, "%s..%s %s %s..%s",
                Periods.format(t.from[i]), Periods.format(t.to[i]), overlap ? "overlaps" : "does not overlap",
                Periods.format(t.from[j]), Periods.format(t.to[j])));
    }

    Evidence leads(int i, int j) {
        return new Evidence("leads", 1, "different leads " + lead(i) + " and " + lead(j)
                + "; no cooperation between them is recorded");
    }

    String lead(int i) {
        Activity a = t.activity[i];
        return a.getLead() == null ? "(none)" : "\"" + ElementNames.label(a.getLead()) + "\"";
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
        return out.isEmpty() ? "(none)" : String.join(", ", out);
    }
}
