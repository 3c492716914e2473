// The token walk of docs/performance.md ("The million-node whole process, and jackson-core"): reads
// every node and edge of a chainrule file (ids and ops as strings, numbers as doubles) through Gson's
// JsonReader, as io.StreamingGraphReader does, or through jackson-core's JsonParser. Not part of the
// build; jackson-core is not a dependency of the project. Compile and run with the jars of the local
// Maven repository:
//   CP=~/.m2/repository/com/fasterxml/jackson/core/jackson-core/2.18.2/jackson-core-2.18.2.jar:~/.m2/repository/com/google/code/gson/gson/2.11.0/gson-2.11.0.jar
//   javac -cp $CP -d /tmp/tokenbench bench/TokenBench.java
//   java -cp $CP:/tmp/tokenbench TokenBench gson|jackson bench-data/random-1000000.json [PASSES]
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.gson.stream.JsonReader;
import java.io.*;
import java.nio.charset.*;
import java.nio.file.*;

/** Reads every node and edge of a chainrule file: ids and ops as strings, numbers as doubles; Gson or Jackson. */
public class TokenBench {
    static long strings, numbers, chars;

    public static void main(String[] a) throws Exception {
        Path f = Path.of(a[1]);
        int runs = a.length > 2 ? Integer.parseInt(a[2]) : 1;
        for (int r = 0; r < runs; r++) {
            strings = numbers = chars = 0;
            long t0 = System.nanoTime();
            if (a[0].equals("gson")) gson(f); else jackson(f);
            System.out.printf("%s run %d: %.0f ms (%d strings, %d numbers, %d chars)%n", a[0], r + 1, (System.nanoTime() - t0) / 1e6, strings, numbers, chars);
        }
    }

    static void gson(Path f) throws IOException {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (JsonReader in = new JsonReader(new BufferedReader(new InputStreamReader(Files.newInputStream(f), dec), 1 << 16))) {
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (name.equals("nodes") || name.equals("edges")) {
                    in.beginArray();
                    while (in.hasNext()) {
                        in.beginObject();
                        while (in.hasNext()) {
                            String k = in.nextName();
                            com.google.gson.stream.JsonToken t = in.peek();
                            if (t == com.google.gson.stream.JsonToken.STRING) { String s = in.nextString(); strings++; chars += s.length() + k.length(); }
                            else if (t == com.google.gson.stream.JsonToken.NUMBER) { double d = in.nextDouble(); numbers++; chars += k.length(); }
                            else in.skipValue();
                        }
                        in.endObject();
                    }
                    in.endArray();
                } else in.skipValue();
            }
            in.endObject();
        }
    }

    static void jackson(Path f) throws IOException {
        JsonFactory jf = new JsonFactory();
        try (JsonParser p = jf.createParser(Files.newInputStream(f))) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ((name.equals("nodes") || name.equals("edges")) && v == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String k = p.currentName();
                            JsonToken t = p.nextToken();
                            if (t == JsonToken.VALUE_STRING) { String s = p.getText(); strings++; chars += s.length() + k.length(); }
                            else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) { double d = p.getDoubleValue(); numbers++; chars += k.length(); }
                            else p.skipChildren();
                        }
                    }
                } else p.skipChildren();
            }
        }
    }
}
