package org.regionet.analysis;

import java.util.List;

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

/** Builds small models in code, the way a .regio file would declare them. */
final class TestModel {

    private static final RegionetFactory F = RegionetFactory.eINSTANCE;

    final RegioModel model;

    TestModel(String namespace) {
        model = F.createRegioModel();
        model.setName(namespace);
    }

    List<RegioModel> asList() {
        return List.of(model);
    }

    private <T extends Element> T add(T e, String name, String title) {
        e.setName(name);
        e.setTitle(title);
        model.getElements().add(e);
        return e;
    }

    Region region(String name, String title, Region... neighbours) {
        Region r = add(F.createRegion(), name, title);
        r.getNeighbours().addAll(List.of(neighbours));
        return r;
    }

    ActionField field(String name, String title) {
        return add(F.createActionField(), name, title);
    }

    ActionField topic(String name, String title, ActionField refines) {
        ActionField f = add(F.createActionField(), name, title);
        f.setTopic(true);
        f.setRefines(refines);
        return f;
    }

    TargetGroup target(String name, String title) {
        return add(F.createTargetGroup(), name, title);
    }

    Actor actor(String name, String title, ActorKind kind, Region... regions) {
        Actor a = add(F.createActor(), name, title);
        a.setKind(kind);
        a.getRegions().addAll(List.of(regions));
        return a;
    }

    Activity activity(String name, String title, Actor lead, ActivityType type, List<Region> regions,
            List<ActionField> fields, List<TargetGroup> targets, String from, String to) {
        Activity a = add(F.createActivity(), name, title);
        a.setLead(lead);
        a.setType(type);
        a.getRegions().addAll(regions);
        a.getFields().addAll(fields);
        a.getTargetGroups().addAll(targets);
        if (from != null || to != null) {
            Period p = F.createPeriod();
            p.setFrom(from);
            p.setTo(to);
            a.setPeriod(p);
        }
        return a;
    }

    Cooperation cooperation(String name, List<ActionField> fields, Actor... partners) {
        Cooperation c = add(F.createCooperation(), name, null);
        c.getPartners().addAll(List.of(partners));
        c.getFields().addAll(fields);
        return c;
    }

    Committee committee(String name, String title, CommitteeKind kind, Region region, List<ActionField> mandate) {
        Committee c = add(F.createCommittee(), name, title);
        c.setKind(kind);
        c.setRegion(region);
        c.getMandate().addAll(mandate);
        return c;
    }

    static Membership member(Committee c, Actor a, MemberRole role) {
        Membership m = F.createMembership();
        m.setActor(a);
        m.setRole(role);
        c.getMembers().add(m);
        return m;
    }

    Suppression accept(String name, FindingKind kind, String reason, Element... elements) {
        Suppression s = add(F.createSuppression(), name, null);
        s.setKind(kind);
        s.setReason(reason);
        s.getElements().addAll(List.of(elements));
        return s;
    }
}
