package org.ramp.toolchain.debian;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The packages a set of packages needs: the closure over Pre-Depends and Depends. A dependency with
 * one real candidate is taken at once; alternatives ({@code a | b}) and virtual packages are decided
 * afterwards, one at a time, so that one already satisfied by what was taken adds nothing, and
 * otherwise the first real alternative (or the provider of highest priority) is taken, as apt would.
 */
public final class DependencyResolver {
    private static final List<String> PRIORITIES = List.of("required", "important", "standard", "optional", "extra");

    private final PackageIndex index;

    public DependencyResolver(PackageIndex index) {
        this.index = index;
    }

    /** The seeds and everything they need, sorted by name. */
    public List<DebianPackage> resolve(Collection<String> seeds) {
        Closure closure = new Closure();
        for (String seed : seeds) {
            closure.add(index.get(seed).orElseThrow(() ->
                    new MirrorException("package " + seed + " is not in the index")));
        }
        closure.drain();
        while (true) {
            Choice open = closure.firstUnsatisfied();
            if (open == null) {
                break;
            }
            closure.add(choose(open));
            closure.drain();
        }
        return closure.selected.values().stream().sorted(Comparator.comparing(DebianPackage::name)).toList();
    }

    private DebianPackage choose(Choice choice) {
        for (String name : choice.alternatives) {
            var real = index.get(name);
            if (real.isPresent()) {
                return real.get();
            }
            List<DebianPackage> providers = index.providers(name).stream().map(p -> index.get(p).orElseThrow())
                    .sorted(Comparator.comparing((DebianPackage p) -> rank(p.priority()))
                            .thenComparing(DebianPackage::name))
                    .toList();
            if (!providers.isEmpty()) {
                return providers.get(0);
            }
        }
        throw new MirrorException("package " + choice.requester.name() + " depends on "
                + String.join(" | ", choice.alternatives) + ", which no package of the index is or provides");
    }

    private static int rank(String priority) {
        int rank = PRIORITIES.indexOf(priority.toLowerCase(java.util.Locale.ROOT));
        return rank < 0 ? PRIORITIES.size() : rank;
    }

    private record Choice(DebianPackage requester, List<String> alternatives) {
    }

    /** What is taken so far, the packages whose dependencies are still to be read, the open choices. */
    private final class Closure {
        final Map<String, DebianPackage> selected = new LinkedHashMap<>();
        final Set<String> provided = new HashSet<>();
        final Deque<DebianPackage> unread = new ArrayDeque<>();
        final List<Choice> open = new ArrayList<>();

        void add(DebianPackage pkg) {
            if (selected.putIfAbsent(pkg.name(), pkg) == null) {
                provided.addAll(pkg.provides());
                unread.add(pkg);
            }
        }

        void drain() {
            while (!unread.isEmpty()) {
                DebianPackage pkg = unread.removeFirst();
                for (List<String> group : pkg.depends()) {
                    if (group.size() == 1 && index.get(group.get(0)).isPresent()) {
                        add(index.get(group.get(0)).get());
                    } else {
                        open.add(new Choice(pkg, group));
                    }
                }
            }
        }

        /** The first open choice nothing taken satisfies yet; satisfied ones are forgotten. */
        Choice firstUnsatisfied() {
            for (Iterator<Choice> it = open.iterator(); it.hasNext(); ) {
                Choice choice = it.next();
                if (choice.alternatives.stream().anyMatch(n -> selected.containsKey(n) || provided.contains(n))) {
                    it.remove();
                } else {
                    return choice;
                }
            }
            return null;
        }
    }
}
