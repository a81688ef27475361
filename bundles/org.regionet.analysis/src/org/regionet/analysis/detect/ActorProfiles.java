package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.regionet.analysis.internal.ModelIndex;
import org.regionet.analysis.text.NameNormalizer;
import org.regionet.analysis.text.NormalizedName;
import org.regionet.analysis.text.TokenKind;
import org.regionet.analysis.text.TokenWeights;
import org.regionet.model.Actor;
import org.regionet.model.Region;

/**
 * What duplicate detection knows about each declared actor: its normalised names (title, or
 * the identifier if there is no title, plus aliases), regions and the places those regions imply.
 */
final class ActorProfiles {

    final int size;
    final Actor[] actor;
    /** Per actor: its names; index 0 is the title (or identifier), the rest aliases. */
    final NormalizedName[][] names;
    final int[][] regions;
    final List<Set<String>> placeContext;
    final TokenWeights weights;

    ActorProfiles(ModelIndex index, NameNormalizer normalizer) {
        size = index.declaredActors;
        actor = new Actor[size];
        names = new NormalizedName[size][];
        regions = new int[size][];
        for (int i = 0; i < size; i++) {
            actor[i] = index.actors.get(i);
            regions[i] = index.regionIds(actor[i].getRegions());
        }
        List<Region> allRegions = index.regions.items();
        List<Set<String>> regionPlaces = new ArrayList<>(allRegions.size());
        for (Region r : allRegions) {
            regionPlaces.add(places(normalizer, r));
        }
        placeContext = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Set<String> ctx = Set.of();
            if (regions[i].length == 1) {
                ctx = regionPlaces.get(regions[i][0]);
            } else if (regions[i].length > 1) {
                Set<String> s = new HashSet<>();
                for (int r : regions[i]) {
                    s.addAll(regionPlaces.get(r));
                }
                ctx = s;
            }
            placeContext.add(ctx);
        }
        IntStream.range(0, size).parallel().forEach(i -> names[i] = names(normalizer, actor[i]));
        List<List<NormalizedName>> corpus = new ArrayList<>(size);
        for (NormalizedName[] n : names) {
            corpus.add(List.of(n));
        }
        weights = TokenWeights.of(corpus);
    }

    private static NormalizedName[] names(NameNormalizer normalizer, Actor a) {
        List<NormalizedName> out = new ArrayList<>(1 + a.getAliases().size());
        String title = a.getTitle();
        NormalizedName main = title != null && !title.isBlank() ? normalizer.normalize(title)
                : normalizer.normalizeIdentifier(a.getName());
        out.add(main);
        for (String alias : a.getAliases()) {
            NormalizedName n = normalizer.normalize(alias);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out.toArray(new NormalizedName[0]);
    }

    private static Set<String> places(NameNormalizer normalizer, Region r) {
        Set<String> out = new HashSet<>();
        for (String s : new String[] {r.getTitle(), r.getName() == null ? null : org.regionet.analysis.text.Folding.splitIdentifier(r.getName())}) {
            if (s == null) {
                continue;
            }
            NormalizedName n = normalizer.normalize(s);
            for (int k = 0; k < n.size(); k++) {
                if (n.kind(k) == TokenKind.PLACE) {
                    out.add(n.token(k));
                }
            }
        }
        return Set.copyOf(out);
    }
}
