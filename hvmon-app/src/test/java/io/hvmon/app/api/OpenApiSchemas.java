package io.hvmon.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.util.List;

/**
 * The schemas of /openapi.json as a JSON Schema 2020-12 validator sees them (OpenAPI 3.1's dialect): a schema is
 * validated together with the document's components, so that its {@code $ref}s resolve.
 */
final class OpenApiSchemas {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    OpenApiSchemas(byte[] document) throws IOException {
        this.document = MAPPER.readTree(document);
    }

    JsonNode document() {
        return document;
    }

    /** The schema of a response: {@code paths.<path>.get.responses.<status>.content.<mediaType>.schema}. */
    JsonNode responseSchema(String path, int status, String mediaType) {
        JsonNode response = document.path("paths").path(path).path("get").path("responses").path(Integer.toString(status));
        if (response.has("$ref")) {
            response = pointer(response.get("$ref").asText());
        }
        JsonNode schema = response.path("content").path(mediaType).path("schema");
        if (schema.isMissingNode()) {
            throw new AssertionError("/openapi.json has no " + mediaType + " schema for " + status + " of GET " + path);
        }
        return schema;
    }

    /** A named schema of components.schemas, as a reference. */
    JsonNode named(String name) {
        return MAPPER.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    JsonNode pointer(String ref) {
        JsonNode node = document.at(ref.substring(1));
        if (node.isMissingNode()) {
            throw new AssertionError("/openapi.json: " + ref + " points at nothing");
        }
        return node;
    }

    /** The errors of validating {@code instance} against {@code schema}; empty when it is valid. */
    List<Error> validate(JsonNode schema, JsonNode instance) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.get("components"));
        root.set("allOf", MAPPER.createArrayNode().add(schema));
        Schema compiled = registry.getSchema(root.toString());
        return compiled.validate(instance);
    }
}
