package org.regionet.diagram.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.Cooperation;
import org.regionet.model.RegioModel;
import org.regionet.model.RegionetFactory;

/**
 * A generated actor network shaped like the real one: actors in regional clusters, most cooperations inside a
 * cluster, some across. Seeded, so every run lays out the same graph.
 */
public final class SyntheticNetwork {

	private SyntheticNetwork() {
	}

	/** A model with {@code actors} actors and {@code cooperations} two-party cooperations, each pair once. */
	public static RegioModel generate(int actors, int cooperations, long seed) {
		RegionetFactory factory = RegionetFactory.eINSTANCE;
		Random random = new Random(seed);
		RegioModel model = factory.createRegioModel();
		model.setName("bench");
		int clusterSize = 25;
		List<Actor> all = new ArrayList<>();
		ActorKind[] kinds = ActorKind.values();
		for (int i = 0; i < actors; i++) {
			Actor actor = factory.createActor();
			actor.setName("Actor_" + i);
			actor.setTitle(kinds[i % kinds.length].getLiteral() + " " + (i / clusterSize) + "/" + i);
			actor.setKind(kinds[random.nextInt(kinds.length)]);
			model.getElements().add(actor);
			all.add(actor);
		}
		Set<Long> pairs = new HashSet<>();
		int made = 0;
		int attempts = 0;
		while (made < cooperations && attempts++ < cooperations * 50) {
			int a = random.nextInt(actors);
			int b = random.nextDouble() < 0.85
					? Math.min(actors - 1, a / clusterSize * clusterSize + random.nextInt(clusterSize))
					: random.nextInt(actors);
			if (a == b || !pairs.add((long) Math.min(a, b) * actors + Math.max(a, b))) {
				continue; // one cooperation per pair, so the diagram has exactly as many edges
			}
			Cooperation cooperation = factory.createCooperation();
			cooperation.setName("Cooperation_" + made++);
			cooperation.getPartners().add(all.get(a));
			cooperation.getPartners().add(all.get(b));
			model.getElements().add(cooperation);
		}
		return model;
	}
}
