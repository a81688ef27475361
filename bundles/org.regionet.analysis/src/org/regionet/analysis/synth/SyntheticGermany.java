package org.regionet.analysis.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.regionet.analysis.internal.IntList;
import org.regionet.analysis.internal.LongList;
import org.regionet.analysis.internal.SortedInts;
import org.regionet.analysis.text.Lexicon;
import org.regionet.analysis.text.NameNormalizer;
import org.regionet.analysis.text.Place;
import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.ActivityType;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.Committee;
import org.regionet.model.CommitteeKind;
import org.regionet.model.Cooperation;
import org.regionet.model.Element;
import org.regionet.model.FindingKind;
import org.regionet.model.MemberRole;
import org.regionet.model.Membership;
import org.regionet.model.Period;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;
import org.regionet.model.RegionetFactory;
import org.regionet.model.Suppression;
import org.regionet.model.TargetGroup;

/**
 * Generates a Germany-scale model with planted truth: the districts of the place list as
 * regions (NRW first), institutions and companies per district with planted spelling
 * variants, activities from offer templates with planted parallels, analogues and
 * near-misses, cooperations, committees with planted overlapping twins, and a few
 * suppressions. Deterministic for a seed.
 * <p>
 * The truth for parallels and analogues is computed from the generator's own semantics over
 * all pairs (same offer — format family, theme and sector — and the structural conditions on
 * true bodies), so accidental parallels count as well as planted ones.
 */
public final class SyntheticGermany {

    /**
     * @param activities number of activities
     * @param actors     number of actor objects (bodies plus their variants)
     * @param seed       random seed
     */
    public record Options(int activities, int actors, long seed) {
        /** {@code activities} activities and 20 % as many actors. */
        public static Options of(int activities) {
            return new Options(activities, Math.max(40, activities / 5), 42);
        }
    }

    private static final RegionetFactory F = RegionetFactory.eINSTANCE;
    private static final double DUPLICATE_RATE = 0.08;
    private static final double PARALLEL_RATE = 0.02;
    private static final double ANALOGUE_RATE = 0.01;
    private static final double NEAR_MISS_RATE = 0.003;
    private static final double TWIN_RATE = 0.15;
    private static final int[] ALL_ROOTS = new int[0];

    private enum NearMiss {
        SAME_LEAD, COOPERATING, DISJOINT_PERIOD, FAR_REGION, OTHER_TARGET, OTHER_FIELD, SIMILAR_TEXT
    }

    private final Options o;
    private final Random rnd;
    private final NameNormalizer normalizer;
    private final NameVariants variants;
    private final Map<String, RegioModel> models = new LinkedHashMap<>();
    private final RegioModel common;

    private List<Place> places;
    private Region[] regions;
    private int[][] neighbours;
    private final ActionField[] roots = new ActionField[OfferTemplates.FIELDS];
    private final ActionField[][] topics = new ActionField[OfferTemplates.FIELDS][2];
    private TargetGroup[] targets;

    // Bodies ("entities") and their actor objects.
    private final IntList entityRegion = new IntList();
    private final List<String> entityName = new ArrayList<>();
    private final List<ActorKind> entityKind = new ArrayList<>();
    private final List<List<Actor>> entityObjects = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private IntList[] regionInstitutions;
    private IntList[] regionOthers;

    // Cooperation between bodies: pair -> root fields covered (ALL_ROOTS = all).
    private final Map<Long, int[]> cooperation = new HashMap<>();

    // Activities.
    private final List<Activity> activities = new ArrayList<>();
    private final IntList template = new IntList();
    private final IntList leadEntity = new IntList();
    private final List<int[]> effRegions = new ArrayList<>();
    private final List<int[]> actRoots = new ArrayList<>();
    private final List<int[]> actTargets = new ArrayList<>();
    private final List<int[]> partnerEntities = new ArrayList<>();
    private final IntList fromYear = new IntList();
    private final IntList toYear = new IntList();
    private final LongList nearMisses = new LongList();

    private final List<Committee> committees = new ArrayList<>();
    private final LongList twins = new LongList();
    private int counter;

    private SyntheticGermany(Options o) {
        this.o = o;
        this.rnd = new Random(o.seed());
        this.normalizer = new NameNormalizer(Lexicon.defaults());
        this.variants = new NameVariants(rnd);
        this.common = model("de.common");
    }

    /** Generates a model set with planted truth. */
    public static SyntheticModel generate(Options options) {
        return new SyntheticGermany(options).build();
    }

    private SyntheticModel build() {
        regions();
        fieldsAndTargets();
        bodies();
        duplicates();
        cooperations();
        activities();
        committees();
        PlantedTruth truth = truth();
        suppressions(truth);
        return new SyntheticModel(List.copyOf(models.values()), List.copyOf(actors), List.copyOf(activities),
                List.copyOf(committees), truth);
    }

    // ---- structure ----------------------------------------------------------------

    private RegioModel model(String ns) {
        return models.computeIfAbsent(ns, n -> {
            RegioModel m = F.createRegioModel();
            m.setName(n);
            return m;
        });
    }

    private <T extends Element> T add(RegioModel m, T e, String prefix, String title) {
        e.setName(prefix + (counter++));
        e.setTitle(title);
        m.getElements().add(e);
        return e;
    }

    private void regions() {
        List<Place> all = new ArrayList<>(Lexicon.defaults().places());
        List<Place> ordered = new ArrayList<>();
        all.stream().filter(p -> p.state().equals("NW")).forEach(ordered::add);
        all.stream().filter(p -> !p.state().equals("NW")).forEach(ordered::add);
        int r = Math.max(16, Math.min(ordered.size(), o.actors() / 120));
        places = ordered.subList(0, r);
        regions = new Region[r];
        List<IntList> adj = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            Place p = places.get(i);
            regions[i] = add(model("de." + p.state().toLowerCase(Locale.ROOT)), F.createRegion(), "r", p.official());
            adj.add(new IntList());
        }
        // Neighbours: the next two districts of the same state, and a link between consecutive states.
        for (int i = 0; i < r; i++) {
            for (int d = 1; d <= 2; d++) {
                int j = i + d;
                if (j < r && (places.get(j).state().equals(places.get(i).state()) || d == 1)) {
                    regions[i].getNeighbours().add(regions[j]);
                    adj.get(i).add(j);
                    adj.get(j).add(i);
                }
            }
        }
        neighbours = new int[r][];
        for (int i = 0; i < r; i++) {
            neighbours[i] = adj.get(i).toSortedSet();
        }
    }

    private void fieldsAndTargets() {
        for (int f = 0; f < roots.length; f++) {
            String[] def = Vocabulary.FIELDS[f];
            roots[f] = add(common, F.createActionField(), "f", def[1]);
            for (int t = 0; t < 2; t++) {
                ActionField topic = add(common, F.createActionField(), "f", def[2 + t]);
                topic.setTopic(true);
                topic.setRefines(roots[f]);
                topics[f][t] = topic;
            }
        }
        targets = new TargetGroup[Vocabulary.TARGETS.length];
        for (int t = 0; t < targets.length; t++) {
            targets[t] = add(common, F.createTargetGroup(), "t", Vocabulary.TARGETS[t]);
        }
    }

    // ---- bodies and variants ---------------------------------------------------

    private void bodies() {
        int r = regions.length;
        regionInstitutions = new IntList[r];
        regionOthers = new IntList[r];
        int bodies = (int) Math.round(o.actors() / (1 + DUPLICATE_RATE * 1.2));
        int perRegion = Math.max(22, bodies / r);
        Set<String> placeless = new HashSet<>();
        for (int i = 0; i < r; i++) {
            regionInstitutions[i] = new IntList();
            regionOthers[i] = new IntList();
            Place p = places.get(i);
            for (Object[] inst : institutions(p)) {
                int e = body(i, (String) inst[0], (ActorKind) inst[1]);
                if (e >= 0) {
                    regionInstitutions[i].add(e);
                }
            }
            int guard = 0;
            while (regionInstitutions[i].size() + regionOthers[i].size() < perRegion && guard++ < perRegion * 20) {
                String[] named = company(p, placeless);
                int e = body(i, named[0], named[1].equals("c") ? ActorKind.COMPANY : ActorKind.EDUCATION_PROVIDER);
                if (e >= 0) {
                    regionOthers[i].add(e);
                }
            }
        }
    }

    private static Object[][] institutions(Place p) {
        String d = p.display();
        String off = p.official();
        List<Object[]> out = new ArrayList<>(List.of(
                new Object[] {"Agentur für Arbeit " + d, ActorKind.EMPLOYMENT_AGENCY},
                new Object[] {"Jobcenter " + (p.city() ? d : off), ActorKind.JOB_CENTRE},
                new Object[] {"Industrie- und Handelskammer " + d, ActorKind.CHAMBER_OF_INDUSTRY},
                new Object[] {"Handwerkskammer " + d, ActorKind.CHAMBER_OF_CRAFTS},
                new Object[] {"Kreishandwerkerschaft " + d, ActorKind.CHAMBER_OF_CRAFTS},
                new Object[] {"Wirtschaftsförderung " + d, ActorKind.ECONOMIC_DEVELOPMENT},
                new Object[] {off, p.city() ? ActorKind.MUNICIPALITY : ActorKind.DISTRICT},
                new Object[] {"Volkshochschule " + d, ActorKind.EDUCATION_PROVIDER},
                new Object[] {"Deutscher Gewerkschaftsbund Region " + d, ActorKind.UNION},
                new Object[] {"Unternehmerverband " + d, ActorKind.EMPLOYER_ASSOCIATION},
                new Object[] {"Regionalagentur " + d, ActorKind.REGIONAL_AGENCY},
                new Object[] {"Caritasverband " + d, ActorKind.WELFARE_ORGANISATION},
                new Object[] {"Diakonisches Werk " + d, ActorKind.WELFARE_ORGANISATION},
                new Object[] {"Arbeiterwohlfahrt Kreisverband " + d, ActorKind.WELFARE_ORGANISATION},
                new Object[] {"Kommunales Integrationszentrum " + d, ActorKind.MUNICIPALITY},
                new Object[] {"Kommunale Koordinierung " + d, ActorKind.TRANSITION_COORDINATION},
                new Object[] {"Kompetenzzentrum Frau und Beruf " + d, ActorKind.WOMEN_AND_WORK},
                new Object[] {"Berufskolleg für Technik " + d, ActorKind.EDUCATION_PROVIDER},
                new Object[] {"Berufskolleg für Wirtschaft " + d, ActorKind.EDUCATION_PROVIDER},
                new Object[] {"Berufskolleg für Gesundheit " + d, ActorKind.EDUCATION_PROVIDER}));
        if (p.city()) {
            out.add(new Object[] {"Hochschule " + d, ActorKind.UNIVERSITY});
        }
        return out.toArray(new Object[0][]);
    }

    /**
     * A company or provider name; [name, "c" or "p"]. A fixed 30 % of (surname, trade)
     * combinations name placeless companies ("Becker Metallbau GmbH"), used once in the whole
     * country; the others appear with a place ("Metallbau Becker Aachen"), so no placed name
     * can mimic a placeless one.
     */
    private String[] company(Place p, Set<String> placeless) {
        String s = pick(Vocabulary.SURNAMES);
        String t = pick(Vocabulary.TRADES);
        String[] legal = {"GmbH", "GmbH & Co. KG", "KG", "AG", ""};
        boolean reserved = Math.floorMod((s + "|" + t).hashCode(), 10) < 3;
        if (reserved) {
            if (!placeless.add(s + "|" + t)) {
                return new String[] {"", "c"};
            }
            return new String[] {(s + " " + t + " " + pick(legal)).strip(), "c"};
        }
        return switch (rnd.nextInt(5)) {
            case 0 -> new String[] {t + " " + s + " " + p.display(), "c"};
            case 1 -> new String[] {s + " " + t + " " + p.display() + " GmbH", "c"};
            case 2 -> new String[] {"Bildungswerk " + s + " " + p.display() + " e.V.", "p"};
            case 3 -> new String[] {"Akademie " + s + " " + t + " " + p.display(), "p"};
            default -> {
                String s2 = pick(Vocabulary.SURNAMES);
                boolean reserved2 = Math.floorMod((s2 + "|" + t).hashCode(), 10) < 3;
                yield reserved2 || s2.equals(s) ? new String[] {"", "c"}
                        : new String[] {s + " & " + s2 + " " + t + " " + p.display(), "c"};
            }
        };
    }

    /** Creates a body with its primary actor; -1 if its normalised name is taken. */
    private int body(int region, String name, ActorKind kind) {
        String key = key(name);
        if (key.isEmpty() || !keys.add(key)) {
            return -1;
        }
        int e = entityName.size();
        entityName.add(name);
        entityKind.add(kind);
        entityRegion.add(region);
        entityObjects.add(new ArrayList<>(1));
        Actor a = actor(e, name, kind);
        a.getRegions().add(regions[region]);
        return e;
    }

    private Actor actor(int entity, String title, ActorKind kind) {
        Place p = places.get(entityRegion.get(entity));
        Actor a = add(model("de." + p.state().toLowerCase(Locale.ROOT)), F.createActor(), "a", title);
        a.setKind(kind);
        entityObjects.get(entity).add(a);
        actors.add(a);
        return a;
    }

    private String key(String name) {
        List<String> t = new ArrayList<>(normalizer.tokens(name));
        t.sort(null);
        return String.join(" ", t);
    }

    private void duplicates() {
        int bodies = entityName.size();
        for (int e = 0; e < bodies && actors.size() < o.actors(); e++) {
            if (rnd.nextDouble() >= DUPLICATE_RATE) {
                continue;
            }
            int copies = rnd.nextDouble() < 0.2 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                variant(e);
            }
        }
    }

    private void variant(int e) {
        String base = entityName.get(e);
        boolean company = entityKind.get(e) == ActorKind.COMPANY;
        String title = null;
        List<String> aliases = List.of();
        if (rnd.nextDouble() < 0.1) {
            // Known under a brand name; the modeller recorded the official name as alias.
            String brand = pick(List.of(Vocabulary.BRANDS)) + " " + places.get(entityRegion.get(e)).display();
            if (keys.add(key(brand))) {
                title = brand;
                aliases = List.of(base);
            }
        }
        for (int attempt = 0; title == null && attempt < 5; attempt++) {
            String v = variants.variant(base, company);
            String k = key(v);
            // A variant must not coincide with another body's name.
            if (!k.isEmpty() && (!keys.contains(k) || k.equals(key(base)))) {
                title = v;
            }
        }
        if (title == null) {
            return;
        }
        double kr = rnd.nextDouble();
        ActorKind kind = kr < 0.7 ? entityKind.get(e) : kr < 0.85 ? ActorKind.OTHER : ActorKind.EMPLOYMENT_AGENCY;
        Actor a = actor(e, title, kind);
        a.getAliases().addAll(aliases);
        if (rnd.nextDouble() < 0.9) {
            a.getRegions().add(regions[entityRegion.get(e)]);
        }
    }

    private void cooperations() {
        for (int r = 0; r < regions.length; r++) {
            int bodies = regionInstitutions[r].size() + regionOthers[r].size();
            int count = Math.max(1, bodies / 10);
            for (int c = 0; c < count; c++) {
                int n = 2 + rnd.nextInt(2);
                IntList ps = new IntList();
                for (int k = 0; k < n; k++) {
                    ps.add(anyBody(r));
                }
                int[] partners = ps.toSortedSet();
                if (partners.length < 2) {
                    continue;
                }
                int[] coveredRoots = rnd.nextBoolean() ? ALL_ROOTS : SortedInts.distinct(new int[] {rnd.nextInt(roots.length)});
                cooperation(partners, coveredRoots);
            }
        }
    }

    private void cooperation(int[] partnerBodies, int[] coveredRoots) {
        Place p = places.get(entityRegion.get(partnerBodies[0]));
        Cooperation c = add(model("de." + p.state().toLowerCase(Locale.ROOT)), F.createCooperation(), "coop", null);
        for (int b : partnerBodies) {
            c.getPartners().add(entityObjects.get(b).get(0));
        }
        for (int f : coveredRoots) {
            c.getFields().add(roots[f]);
        }
        for (int i = 0; i < partnerBodies.length; i++) {
            for (int j = i + 1; j < partnerBodies.length; j++) {
                long key = LongList.pair(partnerBodies[i], partnerBodies[j]);
                int[] old = cooperation.get(key);
                if (old == ALL_ROOTS || coveredRoots == ALL_ROOTS || old == null) {
                    cooperation.put(key, old == ALL_ROOTS || coveredRoots == ALL_ROOTS ? ALL_ROOTS : coveredRoots);
                } else {
                    int[] merged = new int[old.length + coveredRoots.length];
                    System.arraycopy(old, 0, merged, 0, old.length);
                    System.arraycopy(coveredRoots, 0, merged, old.length, coveredRoots.length);
                    cooperation.put(key, SortedInts.distinct(merged));
                }
            }
        }
    }

    private int anyBody(int r) {
        if (rnd.nextDouble() < 0.4 || regionOthers[r].isEmpty()) {
            return regionInstitutions[r].get(rnd.nextInt(regionInstitutions[r].size()));
        }
        return regionOthers[r].get(rnd.nextInt(regionOthers[r].size()));
    }

    // ---- activities -------------------------------------------------------------

    private void activities() {
        int planted = (int) Math.round(o.activities() * (PARALLEL_RATE + ANALOGUE_RATE + NEAR_MISS_RATE * NearMiss.values().length));
        int base = o.activities() - planted;
        for (int i = 0; i < base; i++) {
            int r = rnd.nextInt(regions.length);
            int f = rnd.nextInt(roots.length);
            int tpl = OfferTemplates.random(rnd, f);
            int[] regs = rnd.nextDouble() < 0.85 ? new int[] {r}
                    : rnd.nextDouble() < 0.66 && neighbours[r].length > 0
                            ? SortedInts.distinct(new int[] {r, neighbours[r][rnd.nextInt(neighbours[r].length)]})
                            : new int[0];
            int from = 2018 + rnd.nextInt(9);
            int to = rnd.nextDouble() < 0.15 ? Integer.MAX_VALUE : from + rnd.nextInt(4);
            if (rnd.nextDouble() < 0.1) {
                from = Integer.MIN_VALUE;
                to = Integer.MAX_VALUE;
            }
            activity(tpl, anyBody(r), r, regs, fieldsFor(f), randomTargets(), from, to, randomPartners(r));
        }
        int plantedParallels = (int) Math.round(o.activities() * PARALLEL_RATE);
        for (int k = 0; k < plantedParallels; k++) {
            parallelOf(rnd.nextInt(base), null);
        }
        int plantedAnalogues = (int) Math.round(o.activities() * ANALOGUE_RATE);
        for (int k = 0; k < plantedAnalogues; k++) {
            analogueOf(rnd.nextInt(base));
        }
        int perMiss = (int) Math.round(o.activities() * NEAR_MISS_RATE);
        for (NearMiss miss : NearMiss.values()) {
            for (int k = 0; k < perMiss; k++) {
                parallelOf(rnd.nextInt(base), miss);
            }
        }
    }

    /** A sibling of activity {@code b} that is parallel to it, or breaks exactly {@code miss}. */
    private void parallelOf(int b, NearMiss miss) {
        int[] regs = effRegions.get(b);
        if (regs.length == 0) {
            return;
        }
        int r = regs[0];
        int root = actRoots.get(b)[0];
        int tpl = miss == NearMiss.SIMILAR_TEXT ? OfferTemplates.sibling(rnd, template.get(b)) : template.get(b);
        int lead = -1;
        for (int attempt = 0; attempt < 20 && lead < 0; attempt++) {
            int cand = anyBody(r);
            if (cand != leadEntity.get(b) && !cooperate(cand, leadEntity.get(b), new int[] {root})
                    && !SortedInts.contains(partnerEntities.get(b), cand)) {
                lead = cand;
            }
        }
        if (lead < 0) {
            return;
        }
        int[] tg = actTargets.get(b);
        int[] newTargets = rnd.nextBoolean() ? new int[] {tg[0]} : SortedInts.distinct(new int[] {tg[0], rnd.nextInt(targets.length)});
        int from = fromYear.get(b) == Integer.MIN_VALUE ? 2020 : fromYear.get(b) + (rnd.nextBoolean() ? 0 : 1);
        int to = toYear.get(b) == Integer.MAX_VALUE ? from + 2 : Math.max(from, toYear.get(b));
        if (from > to) {
            from = to;
        }
        int[] fields = fieldsFor(root);
        int[] partners = without(randomPartners(r), leadEntity.get(b));
        int[] newRegs = regs;
        if (miss != null) {
            switch (miss) {
                case SAME_LEAD -> lead = leadEntity.get(b);
                case COOPERATING -> {
                    if (rnd.nextBoolean()) {
                        cooperation(SortedInts.distinct(new int[] {lead, leadEntity.get(b)}),
                                rnd.nextBoolean() ? ALL_ROOTS : new int[] {root});
                    } else {
                        partners = SortedInts.distinct(append(partners, leadEntity.get(b)));
                    }
                }
                case DISJOINT_PERIOD -> {
                    if (toYear.get(b) != Integer.MAX_VALUE) {
                        from = toYear.get(b) + 1;
                        to = from + 1;
                    } else if (fromYear.get(b) != Integer.MIN_VALUE) {
                        to = fromYear.get(b) - 1;
                        from = to - 1;
                    } else {
                        return;
                    }
                }
                case FAR_REGION -> {
                    int far = farRegion(regs);
                    if (far < 0) {
                        return;
                    }
                    newRegs = new int[] {far};
                    lead = anyBody(far);
                    partners = randomPartners(far);
                }
                case OTHER_TARGET -> {
                    int t = rnd.nextInt(targets.length);
                    while (SortedInts.contains(tg, t)) {
                        t = (t + 1) % targets.length;
                    }
                    newTargets = new int[] {t};
                }
                case OTHER_FIELD -> fields = new int[] {(root + 1 + rnd.nextInt(roots.length - 1)) % roots.length};
                default -> {
                }
            }
        }
        int na = activity(tpl, lead, newRegs[0], newRegs, fields, newTargets, from, to, partners);
        if (miss != null) {
            nearMisses.add(LongList.pair(b, na));
        }
    }

    private void analogueOf(int b) {
        int[] regs = effRegions.get(b);
        if (regs.length != 1 || neighbours[regs[0]].length == 0) {
            return;
        }
        int q = neighbours[regs[0]][rnd.nextInt(neighbours[regs[0]].length)];
        int root = actRoots.get(b)[0];
        int lead = -1;
        for (int attempt = 0; attempt < 20 && lead < 0; attempt++) {
            int cand = anyBody(q);
            if (cand != leadEntity.get(b) && !cooperate(cand, leadEntity.get(b), new int[] {root})) {
                lead = cand;
            }
        }
        if (lead < 0) {
            return;
        }
        int from = 2018 + rnd.nextInt(9);
        activity(template.get(b), lead, q, new int[] {q}, fieldsFor(root), randomTargets(), from, from + 2,
                without(randomPartners(q), leadEntity.get(b)));
    }

    private int farRegion(int[] regs) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int x = rnd.nextInt(regions.length);
            boolean ok = !SortedInts.contains(regs, x);
            for (int r : regs) {
                ok &= !SortedInts.contains(neighbours[r], x);
            }
            if (ok) {
                return x;
            }
        }
        return -1;
    }

    /** Fields of an activity in root field {@code f}: the field, one of its topics, or the field plus another. */
    private int[] fieldsFor(int f) {
        double x = rnd.nextDouble();
        if (x < 0.7) {
            return new int[] {f};
        }
        if (x < 0.95) {
            return new int[] {f, -1 - rnd.nextInt(2)}; // negative marks a topic of f
        }
        return SortedInts.distinct(new int[] {f, rnd.nextInt(roots.length)});
    }

    private int[] randomTargets() {
        return rnd.nextDouble() < 0.6 ? new int[] {rnd.nextInt(targets.length)}
                : SortedInts.distinct(new int[] {rnd.nextInt(targets.length), rnd.nextInt(targets.length)});
    }

    private int[] randomPartners(int r) {
        int n = rnd.nextInt(3);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = anyBody(r);
        }
        return SortedInts.distinct(out);
    }

    private int activity(int tpl, int lead, int r, int[] regs, int[] fieldSpec, int[] tg, int from, int to, int[] partners) {
        partners = without(partners, lead);
        Place p = places.get(r);
        Actor leadObject = pickObject(lead);
        Activity a = add(model("de." + p.state().toLowerCase(Locale.ROOT)), F.createActivity(), "act",
                OfferTemplates.title(rnd, tpl, p.display()));
        a.setDescription(OfferTemplates.description(rnd, tpl, Vocabulary.TARGETS[tg[0]]));
        a.setType(ActivityType.get(OfferTemplates.type(tpl)));
        a.setLead(leadObject);
        for (int x : partners) {
            a.getPartners().add(entityObjects.get(x).get(0));
        }
        for (int x : regs) {
            a.getRegions().add(regions[x]);
        }
        IntList rootIds = new IntList(2);
        int first = fieldSpec[0];
        for (int x : fieldSpec) {
            if (x >= 0) {
                if (fieldSpec.length == 2 && fieldSpec[1] < 0 && x == first) {
                    continue; // replaced by its topic below
                }
                a.getFields().add(roots[x]);
                rootIds.add(x);
            } else {
                a.getFields().add(topics[first][-1 - x]);
                rootIds.add(first);
            }
        }
        for (int x : tg) {
            a.getTargetGroups().add(targets[x]);
        }
        if (from != Integer.MIN_VALUE || to != Integer.MAX_VALUE) {
            Period period = F.createPeriod();
            period.setFrom(from == Integer.MIN_VALUE ? null : from + (rnd.nextBoolean() ? "" : "-0" + (1 + rnd.nextInt(9))));
            period.setTo(to == Integer.MAX_VALUE ? null : to + (rnd.nextBoolean() ? "" : "-12"));
            a.setPeriod(period);
        }
        int id = activities.size();
        activities.add(a);
        template.add(tpl);
        leadEntity.add(lead);
        int[] eff = regs;
        if (eff.length == 0) {
            IntList lr = new IntList(1);
            for (Region reg : leadObject.getRegions()) {
                for (int k = 0; k < regions.length; k++) {
                    if (regions[k] == reg) {
                        lr.add(k);
                    }
                }
            }
            eff = lr.toSortedSet();
        }
        effRegions.add(eff);
        actRoots.add(rootIds.toSortedSet());
        actTargets.add(SortedInts.distinct(tg));
        partnerEntities.add(SortedInts.distinct(partners));
        fromYear.add(from);
        toYear.add(to);
        return id;
    }

    private Actor pickObject(int entity) {
        List<Actor> objs = entityObjects.get(entity);
        return objs.size() > 1 && rnd.nextDouble() < 0.2 ? objs.get(1 + rnd.nextInt(objs.size() - 1)) : objs.get(0);
    }

    private boolean cooperate(int a, int b, int[] sharedRoots) {
        int[] c = cooperation.get(LongList.pair(a, b));
        return c != null && (c == ALL_ROOTS || SortedInts.intersects(c, sharedRoots));
    }

    // ---- committees ---------------------------------------------------------------

    private void committees() {
        for (int r = 0; r < regions.length; r++) {
            int bodies = regionInstitutions[r].size() + regionOthers[r].size();
            int count = Math.min(Vocabulary.COMMITTEE_TITLES.length / 2, 2 + bodies / 60);
            List<String> titles = new ArrayList<>(List.of(Vocabulary.COMMITTEE_TITLES));
            java.util.Collections.shuffle(titles, rnd);
            for (int c = 0; c < count; c++) {
                int[] members = committeeMembers(r, 6 + rnd.nextInt(13));
                int[] mandate = {rnd.nextInt(roots.length)};
                CommitteeKind kind = CommitteeKind.get(rnd.nextInt(4));
                MemberRole[] roles = roles(members.length);
                int id = committee(r, titles.get(c), kind, members, roles, mandate);
                if (rnd.nextDouble() < TWIN_RATE) {
                    // The same body built twice: most members again, mostly in the same roles, same mandate.
                    Map<Integer, MemberRole> twin = new java.util.TreeMap<>();
                    for (int k = 0; k < members.length; k++) {
                        if (rnd.nextDouble() < 0.85) {
                            twin.put(members[k], rnd.nextDouble() < 0.8 ? roles[k] : randomRole());
                        }
                    }
                    for (int extra = rnd.nextInt(3); extra > 0; extra--) {
                        twin.putIfAbsent(anyBody(r), randomRole());
                    }
                    String title = rnd.nextBoolean() ? titles.get(count + c) : titles.get(c) + " " + places.get(r).display();
                    int t = committee(r, title, rnd.nextDouble() < 0.7 ? kind : CommitteeKind.get(rnd.nextInt(4)),
                            twin.keySet().stream().mapToInt(Integer::intValue).toArray(),
                            twin.values().toArray(new MemberRole[0]), mandate);
                    twins.add(LongList.pair(id, t));
                }
            }
        }
    }

    private int[] committeeMembers(int r, int size) {
        IntList m = new IntList();
        for (int k = 0; k < size; k++) {
            m.add(anyBody(r));
        }
        return m.toSortedSet();
    }

    /** Roles for a committee's members in order: a chair, a deputy, then any role. */
    private MemberRole[] roles(int size) {
        MemberRole[] roles = new MemberRole[size];
        for (int k = 0; k < size; k++) {
            roles[k] = k == 0 ? MemberRole.CHAIR : k == 1 ? MemberRole.DEPUTY : randomRole();
        }
        return roles;
    }

    private MemberRole randomRole() {
        MemberRole[] all = MemberRole.values();
        return all[rnd.nextInt(all.length)];
    }

    private int committee(int r, String title, CommitteeKind kind, int[] members, MemberRole[] roles, int[] mandate) {
        Place p = places.get(r);
        Committee c = add(model("de." + p.state().toLowerCase(Locale.ROOT)), F.createCommittee(), "c", title);
        c.setKind(kind);
        c.setRegion(regions[r]);
        for (int f : mandate) {
            c.getMandate().add(roots[f]);
        }
        for (int k = 0; k < members.length; k++) {
            Membership m = F.createMembership();
            m.setActor(pickObject(members[k]));
            m.setRole(roles[k]);
            c.getMembers().add(m);
        }
        committees.add(c);
        return committees.size() - 1;
    }

    // ---- truth --------------------------------------------------------------------

    private PlantedTruth truth() {
        LongList dups = new LongList();
        for (List<Actor> objs : entityObjects) {
            for (int i = 0; i < objs.size(); i++) {
                for (int j = i + 1; j < objs.size(); j++) {
                    dups.add(LongList.pair(index(objs.get(i)), index(objs.get(j))));
                }
            }
        }
        Map<Integer, IntList> byTemplate = new HashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            byTemplate.computeIfAbsent(OfferTemplates.offer(template.get(i)), k -> new IntList()).add(i);
        }
        LongList parallels = new LongList();
        LongList analogues = new LongList();
        for (IntList group : byTemplate.values()) {
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    int i = group.get(x);
                    int j = group.get(y);
                    int kind = relation(i, j);
                    if (kind == 1) {
                        parallels.add(LongList.pair(i, j));
                    } else if (kind == 2) {
                        analogues.add(LongList.pair(i, j));
                    }
                }
            }
        }
        return new PlantedTruth(dups.toSortedSet(), parallels.toSortedSet(), analogues.toSortedSet(),
                twins.toSortedSet(), nearMisses.toSortedSet());
    }

    private final Map<Actor, Integer> actorIndex = new HashMap<>();

    private int index(Actor a) {
        if (actorIndex.isEmpty()) {
            for (int k = 0; k < actors.size(); k++) {
                actorIndex.put(actors.get(k), k);
            }
        }
        return actorIndex.get(a);
    }

    /** 1 = parallel, 2 = analogue, 0 = neither, for two activities of the same template. */
    private int relation(int i, int j) {
        int[] sharedRoots = SortedInts.intersection(actRoots.get(i), actRoots.get(j));
        if (sharedRoots.length == 0) {
            return 0;
        }
        int li = leadEntity.get(i);
        int lj = leadEntity.get(j);
        if (li == lj) {
            return 0;
        }
        if (cooperate(li, lj, sharedRoots) || SortedInts.contains(partnerEntities.get(i), lj)
                || SortedInts.contains(partnerEntities.get(j), li)) {
            return 0;
        }
        int[] ri = effRegions.get(i);
        int[] rj = effRegions.get(j);
        if (SortedInts.intersects(ri, rj)) {
            boolean targetsShared = SortedInts.intersects(actTargets.get(i), actTargets.get(j));
            boolean periods = fromYear.get(i) <= toYear.get(j) && fromYear.get(j) <= toYear.get(i);
            return targetsShared && periods ? 1 : 0;
        }
        for (int a : ri) {
            for (int b : rj) {
                if (SortedInts.contains(neighbours[a], b)) {
                    return 2;
                }
            }
        }
        return 0;
    }

    private void suppressions(PlantedTruth truth) {
        RegioModel m = models.get("de.nw");
        for (int k = 0; k < Math.min(3, truth.parallels().length); k++) {
            long p = truth.parallels()[k * (truth.parallels().length / 3)];
            accept(m, FindingKind.PARALLEL, "agreed division of labour", activities.get(LongList.first(p)),
                    activities.get(LongList.second(p)));
        }
        for (int k = 0; k < Math.min(3, truth.duplicates().length); k++) {
            long p = truth.duplicates()[k * (truth.duplicates().length / 3)];
            accept(m, FindingKind.DUPLICATE_ACTOR, "kept apart on purpose", actors.get(LongList.first(p)),
                    actors.get(LongList.second(p)));
        }
    }

    private void accept(RegioModel m, FindingKind kind, String reason, Element a, Element b) {
        Suppression s = add(m, F.createSuppression(), "acc", null);
        s.setKind(kind);
        s.setReason(reason);
        s.getElements().add(a);
        s.getElements().add(b);
    }

    // ---- helpers ----------------------------------------------------------------------

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private static int[] without(int[] values, int v) {
        IntList out = new IntList(values.length);
        for (int x : values) {
            if (x != v) {
                out.add(x);
            }
        }
        return out.toArray();
    }

    private static int[] append(int[] values, int v) {
        int[] out = java.util.Arrays.copyOf(values, values.length + 1);
        out[values.length] = v;
        return out;
    }
}
