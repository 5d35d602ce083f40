package io.github.gandjl.run;

import static io.github.gandjl.common.StrictJson.array;
import static io.github.gandjl.common.StrictJson.integer;
import static io.github.gandjl.common.StrictJson.number;
import static io.github.gandjl.common.StrictJson.object;
import static io.github.gandjl.common.StrictJson.string;
import static io.github.gandjl.common.StrictJson.text;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.gandjl.data.DataFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of what a run manifest and a baseline both record: the effective configuration, the
 * environment and the data files. One place, so the two files cannot drift apart.
 */
public final class RunJson {

    private RunJson() {}

    public static JsonObject configuration(Map<String, String> configuration) {
        JsonObject json = new JsonObject();
        configuration.forEach(json::addProperty);
        return json;
    }

    /** The {@code configuration} key of {@code o}, in its order. */
    public static Map<String, String> configuration(JsonObject o) {
        Map<String, String> config = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : object(o, "configuration").entrySet()) {
            config.put(entry.getKey(), text(entry.getValue(), "configuration." + entry.getKey()));
        }
        return config;
    }

    public static JsonObject environment(Environment e) {
        JsonObject env = new JsonObject();
        env.addProperty("djlVersion", e.djlVersion());
        env.addProperty("pytorchVersion", e.pytorchVersion());
        env.addProperty("os", e.os());
        env.addProperty("arch", e.arch());
        env.addProperty("cpuModel", e.cpuModel());
        env.addProperty("cpuFeatures", e.cpuFeatures());
        env.addProperty("threads", e.threads());
        env.addProperty("javaVersion", e.javaVersion());
        return env;
    }

    /** The {@code environment} key of {@code o}. */
    public static Environment environment(JsonObject o) {
        JsonObject env = object(o, "environment");
        return new Environment(
                string(env, "djlVersion"),
                string(env, "pytorchVersion"),
                string(env, "os"),
                string(env, "arch"),
                string(env, "cpuModel"),
                string(env, "cpuFeatures"),
                integer(env, "threads"),
                string(env, "javaVersion"));
    }

    public static JsonArray data(List<DataFile> files) {
        JsonArray data = new JsonArray();
        for (DataFile f : files) {
            JsonObject file = new JsonObject();
            file.addProperty("name", f.name());
            file.addProperty("sha256", f.sha256());
            file.addProperty("bytes", f.bytes());
            data.add(file);
        }
        return data;
    }

    /** The {@code data} key of {@code o}. */
    public static List<DataFile> data(JsonObject o) {
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
        return data;
    }
}
