package kz.govsite.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON Schemas reports are validated against: report.json's own and SARIF 2.1.0. */
public final class Schemas {
    private Schemas() {
    }

    public static JsonSchema reportJson() {
        return load("/kz/govsite/report/report.schema.json", SpecVersion.VersionFlag.V7);
    }

    public static JsonSchema sarif() {
        return load("/schemas/sarif-2.1.0-rtm.5.json", SpecVersion.VersionFlag.V4);
    }

    /** The validation errors, as readable lines; empty when the document is valid. */
    public static List<String> errors(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream().map(Object::toString).sorted().toList();
    }

    private static JsonSchema load(String resource, SpecVersion.VersionFlag version) {
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(version).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
