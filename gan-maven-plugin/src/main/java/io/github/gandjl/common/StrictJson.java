package io.github.gandjl.common;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Function;

/**
 * The project's JSON files (run manifests, baselines): written atomically and pretty-printed, read
 * strictly. Every key a reader asks for must be there; a wrong type is an error naming the key; a
 * damaged file is a {@link GanException} naming the file, never a bare Gson stack trace.
 */
public final class StrictJson {

    private static final Gson GSON =
            new GsonBuilder()
                    .setPrettyPrinting()
                    .serializeNulls()
                    .disableHtmlEscaping()
                    // A diverged run's metrics may be NaN or infinite; they must still be written.
                    .serializeSpecialFloatingPointValues()
                    .create();

    private static final Set<String> NON_FINITE = Set.of("NaN", "Infinity", "-Infinity");

    private StrictJson() {}

    /**
     * Writes a JSON object atomically.
     *
     * @param what how to name the file in a message, such as "run manifest"
     */
    public static void write(JsonObject json, Path file, String what) {
        byte[] bytes = (GSON.toJson(json) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new GanException("Cannot write the " + what + " " + file + ": " + e, e);
        }
    }

    /**
     * Reads a JSON object and hands it to {@code parser}, which throws IllegalArgumentException
     * (through this class's accessors) for anything it does not accept.
     *
     * @param remedy a sentence appended to the message of a damaged file, or ""
     */
    public static <T> T read(
            Path file, String what, String remedy, Function<JsonObject, T> parser) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GanException("The " + what + " " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new GanException("Cannot read the " + what + " " + file + ": " + e, e);
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw new IllegalArgumentException("it is not a JSON object");
            }
            return parser.apply(root.getAsJsonObject());
        } catch (JsonParseException
                | IllegalArgumentException
                | IllegalStateException
                | UnsupportedOperationException e) {
            throw new GanException(
                    "The "
                            + what
                            + " "
                            + file
                            + " is not valid: "
                            + e.getMessage()
                            + "."
                            + (remedy.isEmpty() ? "" : " " + remedy),
                    e);
        }
    }

    public static JsonElement required(JsonObject o, String key) {
        if (!o.has(key)) {
            throw new IllegalArgumentException("the required key '" + key + "' is missing");
        }
        return o.get(key);
    }

    public static String string(JsonObject o, String key) {
        String value = nullableString(o, key);
        if (value == null) {
            throw new IllegalArgumentException("the key '" + key + "' is null");
        }
        return value;
    }

    public static String nullableString(JsonObject o, String key) {
        JsonElement value = required(o, key);
        return value.isJsonNull() ? null : text(value, key);
    }

    /** A single value as text; {@code key} names it in the message if it is not one. */
    public static String text(JsonElement value, String key) {
        if (!value.isJsonPrimitive()) {
            throw new IllegalArgumentException("the key '" + key + "' is not a single value");
        }
        return value.getAsString();
    }

    /** A number, including the bare words NaN and Infinity that the writer uses. */
    public static Number number(JsonObject o, String key) {
        JsonPrimitive value = value(o, key);
        if (value.isString() && NON_FINITE.contains(value.getAsString())) {
            return Double.valueOf(value.getAsString());
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(
                    "the key '" + key + "' is '" + value.getAsString() + "', not a number");
        }
        return value.getAsNumber();
    }

    public static int integer(JsonObject o, String key) {
        return number(o, key).intValue();
    }

    public static boolean flag(JsonObject o, String key) {
        JsonPrimitive value = value(o, key);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(
                    "the key '" + key + "' is '" + value.getAsString() + "', not true or false");
        }
        return value.getAsBoolean();
    }

    public static JsonObject object(JsonObject o, String key) {
        JsonElement value = required(o, key);
        if (!value.isJsonObject()) {
            throw new IllegalArgumentException("the key '" + key + "' is not an object");
        }
        return value.getAsJsonObject();
    }

    public static JsonArray array(JsonObject o, String key) {
        JsonElement value = required(o, key);
        if (!value.isJsonArray()) {
            throw new IllegalArgumentException("the key '" + key + "' is not an array");
        }
        return value.getAsJsonArray();
    }

    public static Instant instant(JsonObject o, String key) {
        Instant value = nullableInstant(o, key);
        if (value == null) {
            throw new IllegalArgumentException("the key '" + key + "' is null");
        }
        return value;
    }

    public static Instant nullableInstant(JsonObject o, String key) {
        String text = nullableString(o, key);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "the key '" + key + "' is '" + text + "', not an ISO-8601 instant");
        }
    }

    /**
     * A present, non-null single value. Gson's getters throw UnsupportedOperationException for a
     * null or an object, which would escape as a bare stack trace without the key's name.
     */
    private static JsonPrimitive value(JsonObject o, String key) {
        JsonElement value = required(o, key);
        if (value.isJsonNull()) {
            throw new IllegalArgumentException("the key '" + key + "' is null");
        }
        if (!value.isJsonPrimitive()) {
            throw new IllegalArgumentException("the key '" + key + "' is not a single value");
        }
        return value.getAsJsonPrimitive();
    }
}
