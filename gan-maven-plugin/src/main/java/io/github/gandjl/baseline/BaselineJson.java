package io.github.gandjl.baseline;

import static io.github.gandjl.common.StrictJson.array;
import static io.github.gandjl.common.StrictJson.flag;
import static io.github.gandjl.common.StrictJson.instant;
import static io.github.gandjl.common.StrictJson.integer;
import static io.github.gandjl.common.StrictJson.nullableString;
import static io.github.gandjl.common.StrictJson.number;
import static io.github.gandjl.common.StrictJson.object;
import static io.github.gandjl.common.StrictJson.string;
import static io.github.gandjl.common.StrictJson.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.gandjl.common.StrictJson;
import io.github.gandjl.data.DataFile;
import io.github.gandjl.run.Environment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        JsonObject config = new JsonObject();
        b.configuration().forEach(config::addProperty);
        o.add("configuration", config);
        Environment e = b.environment();
        JsonObject env = new JsonObject();
        env.addProperty("djlVersion", e.djlVersion());
        env.addProperty("pytorchVersion", e.pytorchVersion());
        env.addProperty("os", e.os());
        env.addProperty("arch", e.arch());
        env.addProperty("cpuModel", e.cpuModel());
        env.addProperty("cpuFeatures", e.cpuFeatures());
        env.addProperty("threads", e.threads());
        env.addProperty("javaVersion", e.javaVersion());
        env.addProperty("fingerprint", e.fingerprint());
        o.add("environment", env);
        JsonArray data = new JsonArray();
        for (DataFile f : b.data()) {
            JsonObject file = new JsonObject();
            file.addProperty("name", f.name());
            file.addProperty("sha256", f.sha256());
            file.addProperty("bytes", f.bytes());
            data.add(file);
        }
        o.add("data", data);
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
        Map<String, String> config = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : object(o, "configuration").entrySet()) {
            config.put(entry.getKey(), text(entry.getValue(), "configuration." + entry.getKey()));
        }
        JsonObject env = object(o, "environment");
        List<DataFile> data = new ArrayList<>();
        for (JsonElement element : array(o, "data")) {
            if (!element.isJsonObject()) {
                throw new IllegalArgumentException("an entry of 'data' is not an object");
            }
            JsonObject file = element.getAsJsonObject();
            data.add(
                    new DataFile(
                            string(file, "name"),
                            string(file, "sha256"),
                            number(file, "bytes").longValue()));
        }
        JsonObject tolerance = object(o, "tolerance");
        return new Baseline(
                version,
                string(o, "experiment"),
                number(o, "seed").longValue(),
                config,
                new Environment(
                        string(env, "djlVersion"),
                        string(env, "pytorchVersion"),
                        string(env, "os"),
                        string(env, "arch"),
                        string(env, "cpuModel"),
                        string(env, "cpuFeatures"),
                        integer(env, "threads"),
                        string(env, "javaVersion")),
                data,
                new Tolerance(
                        number(tolerance, "relative").doubleValue(),
                        number(tolerance, "absolute").doubleValue()),
                nullableString(o, "commit"),
                flag(o, "dirty"),
                instant(o, "createdAt"));
    }
}
