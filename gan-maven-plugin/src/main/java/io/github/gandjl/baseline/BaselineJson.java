package io.github.gandjl.baseline;

import static io.github.gandjl.common.StrictJson.flag;
import static io.github.gandjl.common.StrictJson.instant;
import static io.github.gandjl.common.StrictJson.integer;
import static io.github.gandjl.common.StrictJson.nullableString;
import static io.github.gandjl.common.StrictJson.number;
import static io.github.gandjl.common.StrictJson.object;
import static io.github.gandjl.common.StrictJson.string;

import com.google.gson.JsonObject;
import io.github.gandjl.common.StrictJson;
import io.github.gandjl.data.DataFile;
import io.github.gandjl.run.Environment;
import io.github.gandjl.run.RunJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link Baseline}s as JSON, atomically, and reads them strictly: every key must be there
 * and an unknown format version is an error, as for the run manifest.
 */
public final class BaselineJson {

    private BaselineJson() {}

    public static void write(Baseline baseline, Path file) {
        StrictJson.write(toJson(baseline), file, "baseline file");
    }

    public static Baseline read(Path file) {
        return StrictJson.read(
                file, "baseline file", "Write it again with gan:baseline.", BaselineJson::fromJson);
    }

    static JsonObject toJson(Baseline b) {
        JsonObject o = new JsonObject();
        o.addProperty("formatVersion", b.formatVersion());
        o.addProperty("experiment", b.experiment());
        o.addProperty("seed", b.seed());
        o.add("configuration", RunJson.configuration(b.configuration()));
        JsonObject env = RunJson.environment(b.environment());
        env.addProperty("fingerprint", b.environment().fingerprint());
        o.add("environment", env);
        o.add("data", RunJson.data(b.data()));
        JsonObject tolerance = new JsonObject();
        tolerance.addProperty("relative", b.tolerance().relative());
        tolerance.addProperty("absolute", b.tolerance().absolute());
        o.add("tolerance", tolerance);
        o.addProperty("commit", b.commit());
        o.addProperty("dirty", b.dirty());
        o.addProperty("createdAt", b.createdAt().toString());
        return o;
    }

    static Baseline fromJson(JsonObject o) {
        int version = integer(o, "formatVersion");
        if (version != Baseline.FORMAT_VERSION) {
            throw new IllegalArgumentException(
                    "formatVersion is "
                            + version
                            + ", but this plugin reads version "
                            + Baseline.FORMAT_VERSION
                            + " only");
        }
        // Read in the file's own order, so that the first damaged key is the one named.
        Map<String, String> config = RunJson.configuration(o);
        Environment environment = RunJson.environment(o);
        List<DataFile> data = RunJson.data(o);
        JsonObject tolerance = object(o, "tolerance");
        return new Baseline(
                version,
                string(o, "experiment"),
                number(o, "seed").longValue(),
                config,
                environment,
                data,
                new Tolerance(
                        number(tolerance, "relative").doubleValue(),
                        number(tolerance, "absolute").doubleValue()),
                nullableString(o, "commit"),
                flag(o, "dirty"),
                instant(o, "createdAt"));
    }
}
