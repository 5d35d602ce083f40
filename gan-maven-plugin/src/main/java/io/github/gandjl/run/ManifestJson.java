package io.github.gandjl.run;

import static io.github.gandjl.common.StrictJson.array;
import static io.github.gandjl.common.StrictJson.flag;
import static io.github.gandjl.common.StrictJson.instant;
import static io.github.gandjl.common.StrictJson.integer;
import static io.github.gandjl.common.StrictJson.nullableInstant;
import static io.github.gandjl.common.StrictJson.nullableString;
import static io.github.gandjl.common.StrictJson.number;
import static io.github.gandjl.common.StrictJson.object;
import static io.github.gandjl.common.StrictJson.required;
import static io.github.gandjl.common.StrictJson.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.gandjl.common.StrictJson;
import io.github.gandjl.data.DataFile;
import io.github.gandjl.metrics.MeasurementBasis;
import io.github.gandjl.metrics.QualityMeasurement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link Manifest}s as JSON, atomically, and reads them strictly: every key must be there (a
 * value may be null only where the manifest allows it), and an unknown format version is an error
 * rather than a guess.
 */
public final class ManifestJson {

    private ManifestJson() {}

    public static void write(Manifest manifest, Path file) {
        StrictJson.write(toJson(manifest), file, "run manifest");
    }

    public static Manifest read(Path file) {
        return StrictJson.read(file, "run manifest", "", ManifestJson::fromJson);
    }

    static JsonObject toJson(Manifest m) {
        JsonObject o = new JsonObject();
        o.addProperty("formatVersion", m.formatVersion());
        o.addProperty("experiment", m.experiment());
        o.addProperty("description", m.description());
        o.addProperty("seed", m.seed());
        o.addProperty("status", m.status().id());
        o.add("configuration", RunJson.configuration(m.configuration()));
        JsonObject git = new JsonObject();
        git.addProperty("commit", m.git().commit());
        git.addProperty("dirty", m.git().dirty());
        o.add("git", git);
        o.add("environment", RunJson.environment(m.environment()));
        o.add("data", RunJson.data(m.data()));
        o.addProperty("startedAt", m.startedAt().toString());
        o.addProperty("finishedAt", m.finishedAt() == null ? null : m.finishedAt().toString());
        o.addProperty("epochsCompleted", m.epochsCompleted());
        o.addProperty("secondsPerEpoch", m.secondsPerEpoch());
        o.addProperty("divergedAtEpoch", m.divergedAtEpoch());
        if (m.formatVersion() >= 2) {
            o.add("quality", m.quality() == null ? JsonNull.INSTANCE : quality(m.quality()));
        }
        return o;
    }

    private static JsonObject quality(QualityMeasurement q) {
        JsonObject o = new JsonObject();
        o.addProperty("epoch", q.epoch());
        o.addProperty("frechetDistance", q.frechetDistance());
        o.addProperty("classifierScore", q.classifierScore());
        o.addProperty("coverageEntropy", q.coverageEntropy());
        o.addProperty("classesCovered", q.classesCovered());
        JsonArray counts = new JsonArray();
        q.classCounts().forEach(counts::add);
        o.add("classCounts", counts);
        MeasurementBasis b = q.basis();
        JsonObject basis = new JsonObject();
        basis.addProperty("evaluatorSha256", b.evaluatorSha256());
        basis.addProperty("generatedImages", b.generatedImages());
        basis.addProperty("realImages", b.realImages());
        basis.addProperty("realSplit", b.realSplit());
        basis.addProperty("realImagesSha256", b.realImagesSha256());
        basis.addProperty("latentSeed", b.latentSeed());
        basis.addProperty("realSeed", b.realSeed());
        basis.addProperty("coverageShare", b.coverageShare());
        o.add("basis", basis);
        o.addProperty("seconds", q.seconds());
        return o;
    }

    private static QualityMeasurement quality(JsonObject o) {
        List<Integer> counts = new ArrayList<>();
        for (JsonElement count : array(o, "classCounts")) {
            if (!count.isJsonPrimitive() || !count.getAsJsonPrimitive().isNumber()) {
                throw new IllegalArgumentException(
                        "the key 'quality.classCounts' holds '" + count + "', not a number");
            }
            counts.add(count.getAsInt());
        }
        JsonObject b = object(o, "basis");
        return new QualityMeasurement(
                integer(o, "epoch"),
                number(o, "frechetDistance").doubleValue(),
                number(o, "classifierScore").doubleValue(),
                number(o, "coverageEntropy").doubleValue(),
                integer(o, "classesCovered"),
                counts,
                new MeasurementBasis(
                        string(b, "evaluatorSha256"),
                        integer(b, "generatedImages"),
                        integer(b, "realImages"),
                        string(b, "realSplit"),
                        string(b, "realImagesSha256"),
                        number(b, "latentSeed").longValue(),
                        number(b, "realSeed").longValue(),
                        number(b, "coverageShare").doubleValue()),
                number(o, "seconds").doubleValue());
    }

    static Manifest fromJson(JsonObject o) {
        int version = integer(o, "formatVersion");
        if (version != 1 && version != Manifest.FORMAT_VERSION) {
            throw new IllegalArgumentException(
                    "formatVersion is "
                            + version
                            + ", but this plugin reads versions 1 and "
                            + Manifest.FORMAT_VERSION
                            + " only");
        }
        QualityMeasurement quality = null;
        if (version >= 2) {
            JsonElement q = required(o, "quality");
            if (!q.isJsonNull()) {
                if (!q.isJsonObject()) {
                    throw new IllegalArgumentException("the key 'quality' is not an object");
                }
                quality = quality(q.getAsJsonObject());
            }
        }
        String statusId = string(o, "status");
        RunStatus status = RunStatus.fromId(statusId);
        if (status == null) {
            throw new IllegalArgumentException(
                    "status is '" + statusId + "', not one of running, finished, diverged, failed");
        }
        // Read in the file's own order, so that the first damaged key is the one named.
        Map<String, String> config = RunJson.configuration(o);
        JsonObject git = object(o, "git");
        Environment environment = RunJson.environment(o);
        List<DataFile> data = RunJson.data(o);
        return new Manifest(
                version,
                string(o, "experiment"),
                string(o, "description"),
                number(o, "seed").longValue(),
                status,
                config,
                new GitState(nullableString(git, "commit"), flag(git, "dirty")),
                environment,
                data,
                instant(o, "startedAt"),
                nullableInstant(o, "finishedAt"),
                integer(o, "epochsCompleted"),
                number(o, "secondsPerEpoch").doubleValue(),
                integer(o, "divergedAtEpoch"),
                quality);
    }
}
