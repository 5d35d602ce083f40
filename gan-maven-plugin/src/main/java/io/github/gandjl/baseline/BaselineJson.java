package io.github.gandjl.baseline;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanException;
import io.github.gandjl.data.DataFile;
import io.github.gandjl.run.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link Baseline}s as JSON, atomically, and reads them strictly: every key must be there
 * and an unknown format version is an error, as for the run manifest.
 */
public final class BaselineJson {

    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private BaselineJson() {}

    public static void write(Baseline baseline, Path file) {
        byte[] json = (GSON.toJson(toJson(baseline)) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, json);
        } catch (IOException e) {
            throw new GanException("Cannot write the baseline file " + file + ": " + e, e);
        }
    }

    public static Baseline read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GanException("The baseline file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new GanException("Cannot read the baseline file " + file + ": " + e, e);
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw new IllegalArgumentException("it is not a JSON object");
            }
            return fromJson(root.getAsJsonObject());
        } catch (JsonParseException
                | IllegalArgumentException
                | IllegalStateException
                | UnsupportedOperationException e) {
            throw new GanException(
                    "The baseline file "
                            + file
                            + " is not valid: "
                            + e.getMessage()
                            + ". Write it again with gan:baseline.",
                    e);
        }
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
        int version = required(o, "formatVersion").getAsInt();
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
            config.put(entry.getKey(), entry.getValue().getAsString());
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
                            required(file, "bytes").getAsLong()));
        }
        JsonObject tolerance = object(o, "tolerance");
        String created = string(o, "createdAt");
        Instant createdAt;
        try {
            createdAt = Instant.parse(created);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "the key 'createdAt' is '" + created + "', not an ISO-8601 instant");
        }
        JsonElement commit = required(o, "commit");
        return new Baseline(
                version,
                string(o, "experiment"),
                required(o, "seed").getAsLong(),
                config,
                new Environment(
                        string(env, "djlVersion"),
                        string(env, "pytorchVersion"),
                        string(env, "os"),
                        string(env, "arch"),
                        string(env, "cpuModel"),
                        string(env, "cpuFeatures"),
                        required(env, "threads").getAsInt(),
                        string(env, "javaVersion")),
                data,
                new Tolerance(
                        required(tolerance, "relative").getAsDouble(),
                        required(tolerance, "absolute").getAsDouble()),
                commit.isJsonNull() ? null : commit.getAsString(),
                required(o, "dirty").getAsBoolean(),
                createdAt);
    }

    private static JsonElement required(JsonObject o, String key) {
        if (!o.has(key) || o.get(key).isJsonNull() && !key.equals("commit")) {
            throw new IllegalArgumentException("the required key '" + key + "' is missing or null");
        }
        return o.get(key);
    }

    private static String string(JsonObject o, String key) {
        return required(o, key).getAsString();
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonElement value = required(o, key);
        if (!value.isJsonObject()) {
            throw new IllegalArgumentException("the key '" + key + "' is not an object");
        }
        return value.getAsJsonObject();
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonElement value = required(o, key);
        if (!value.isJsonArray()) {
            throw new IllegalArgumentException("the key '" + key + "' is not an array");
        }
        return value.getAsJsonArray();
    }
}
