package io.github.gandjl.report;

import io.github.gandjl.run.GitState;
import io.github.gandjl.run.RunContents;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Short names for runs in legends and table headings, made of what tells them apart: the
 * experiment, the commit and the seed, whichever differ. Runs alike in all three are told apart by
 * their directory.
 */
final class RunLabels {

    private RunLabels() {}

    static String commit(GitState git) {
        if (git.commit() == null) {
            return "no commit";
        }
        return git.commit().substring(0, Math.min(7, git.commit().length()))
                + (git.dirty() ? "-dirty" : "");
    }

    static List<String> of(List<RunContents> runs) {
        Function<RunContents, String> experiment = r -> r.manifest().experiment();
        Function<RunContents, String> commit = r -> commit(r.manifest().git());
        Function<RunContents, String> seed = r -> "seed " + r.manifest().seed();
        List<Function<RunContents, String>> parts = new ArrayList<>();
        if (runs.size() == 1) {
            parts = List.of(experiment, seed);
        } else {
            for (Function<RunContents, String> part : List.of(experiment, commit, seed)) {
                if (!Comparison.same(runs, part)) {
                    parts.add(part);
                }
            }
        }
        List<String> labels = new ArrayList<>();
        for (RunContents run : runs) {
            List<String> words = new ArrayList<>();
            parts.forEach(p -> words.add(p.apply(run)));
            labels.add(String.join(" · ", words));
        }
        if (parts.isEmpty() || new LinkedHashSet<>(labels).size() < labels.size()) {
            labels.clear();
            for (RunContents run : runs) {
                labels.add(run.files().directory().toString());
            }
        }
        return labels;
    }
}
