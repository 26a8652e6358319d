package dev.codatsandbox.fixturefiles;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codatsandbox.attachments.AttachmentContent;
import dev.codatsandbox.attachments.CustomerAttachment;
import dev.codatsandbox.model.Attachment;
import dev.codatsandbox.model.CompanyIds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a fixture's {@code attachments}: for each customer id the file states, Codat's {@code Attachment} fields and
 * where its bytes are, either {@code file} (a file of the fixture folder, by a relative path) or
 * {@code contentBase64}. Checks every rule and reports each broken one at its JSON path: ids present, usable in a URL
 * and unique in the company, a customer the file states, an IETF media type, ISO 8601 dates, a file inside the folder
 * (no absolute path, no {@code ..} out of it, no link out of it) that exists, and a {@code fileSize} equal to the
 * bytes' length (taken from them when absent or null). A file is only measured here; its bytes are read when it is
 * downloaded.
 */
final class FixtureAttachments extends FixtureFields {

    static final Set<String> FIELDS = Set.of("id", "name", "contentType", "dateCreated", "fileSize",
            "includeWhenSent", "modifiedDate", "sourceModifiedDate", "file", "contentBase64");
    /** RFC 6838's {@code type-name "/" subtype-name}, optionally followed by parameters. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
                    + "(\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=(\"[^\"]*\"|[A-Za-z0-9!#$&^_.+-]+))*");

    private final Path folder;

    /**
     * @param folder the fixture folder a {@code file} is taken from, or null when there is none (then every
     *               {@code file} is a problem)
     */
    FixtureAttachments(String file, Path folder, List<FixtureProblem> problems) {
        super(file, problems);
        this.folder = folder;
    }

    /** The attachments by customer id, in the file's order; the customers' ids are those the file states. */
    Map<String, List<CustomerAttachment>> read(JsonNode node, Set<String> statedCustomers) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            problem("$.attachments", "must be an object of customer ids, each with an array of attachments.",
                    "JsonType");
            return Map.of();
        }
        Map<String, List<CustomerAttachment>> byCustomer = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String path = "$.attachments" + FixtureReader.field(entry.getKey());
            if (!statedCustomers.contains(entry.getKey())) {
                problem(path, "'" + entry.getKey() + "' is not the id of a customer this file states in $.customers"
                        + " or $.customersAfterGenerated.", "AttachmentCustomer");
            }
            if (!entry.getValue().isArray()) {
                problem(path, "must be an array of attachments.", "JsonType");
                continue;
            }
            List<CustomerAttachment> attachments = new ArrayList<>();
            for (int i = 0; i < entry.getValue().size(); i++) {
                CustomerAttachment attachment = attachment(path + "[" + i + "]", entry.getValue().get(i), seen);
                if (attachment != null) {
                    attachments.add(attachment);
                }
            }
            byCustomer.put(entry.getKey(), List.copyOf(attachments));
        }
        return byCustomer;
    }

    private CustomerAttachment attachment(String path, JsonNode node, Map<String, String> seen) {
        if (!node.isObject()) {
            problem(path, "must be an attachment object.", "JsonType");
            return null;
        }
        int before = problemCount();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problem(path + FixtureReader.field(name), "is not a field of Codat's Attachment (or of file,"
                        + " contentBase64).", "UnknownField");
            }
        }
        String id = id(path + ".id", node.get("id"), seen);
        String name = text(path + ".name", node.get("name"), "must be text or null.");
        String contentType = contentType(path + ".contentType", node.get("contentType"));
        Instant dateCreated = date(path + ".dateCreated", node.get("dateCreated"), true);
        Instant modifiedDate = date(path + ".modifiedDate", node.get("modifiedDate"), false);
        Instant sourceModifiedDate = date(path + ".sourceModifiedDate", node.get("sourceModifiedDate"), false);
        boolean includeWhenSent = flag(path + ".includeWhenSent", node.get("includeWhenSent"));
        AttachmentContent content = content(path, node.get("file"), node.get("contentBase64"));
        Integer fileSize = content == null ? null : fileSize(path + ".fileSize", node.get("fileSize"), content);
        if (problemCount() != before) {
            return null;
        }
        return new CustomerAttachment(new Attachment(id, name, contentType, dateCreated, fileSize, includeWhenSent,
                modifiedDate, sourceModifiedDate), content);
    }

    private String id(String path, JsonNode node, Map<String, String> seen) {
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            problem(path, "is required: text of 1 to 100 letters, digits, '.', '_', '~' or '-'.", "AttachmentId");
            return null;
        }
        String id = node.textValue();
        if (!CompanyIds.usableInUrl(id)) {
            problem(path, "'" + id + "' is not usable in a URL path: use 1 to 100 letters, digits, '.', '_', '~' or"
                    + " '-', and not '.' or '..' alone.", "AttachmentId");
            return null;
        }
        String first = seen.putIfAbsent(id, path.substring(0, path.length() - ".id".length()));
        if (first != null) {
            problem(path, "'" + id + "' is already the id of " + first + ": attachment ids must be unique within a"
                    + " company.", "UniqueAttachmentId");
        }
        return id;
    }

    private String contentType(String path, JsonNode node) {
        String type = text(path, node, "must be text or null.");
        if (type != null && !MEDIA_TYPE.matcher(type).matches()) {
            problem(path, "'" + type + "' is not an IETF media type such as application/pdf or image/png.",
                    "ContentType");
            return null;
        }
        return type;
    }

    private boolean flag(String path, JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            problem(path, "must be true or false.", "JsonType");
            return false;
        }
        return node.booleanValue();
    }

    private AttachmentContent content(String path, JsonNode fileNode, JsonNode base64Node) {
        boolean hasFile = fileNode != null && !fileNode.isNull();
        boolean hasBase64 = base64Node != null && !base64Node.isNull();
        if (hasFile == hasBase64) {
            problem(path, "must have exactly one of file (a file of the fixture folder) and contentBase64.",
                    "AttachmentContent");
            return null;
        }
        if (hasBase64) {
            if (!base64Node.isTextual()) {
                problem(path + ".contentBase64", "must be text: the attachment's bytes in base64.", "JsonType");
                return null;
            }
            try {
                return new AttachmentContent.InMemory(Base64.getDecoder().decode(base64Node.textValue()));
            } catch (IllegalArgumentException e) {
                problem(path + ".contentBase64", "is not valid base64: " + e.getMessage() + ".", "Base64");
                return null;
            }
        }
        if (!fileNode.isTextual() || fileNode.textValue().isBlank()) {
            problem(path + ".file", "must be text: a path relative to the fixture folder.", "JsonType");
            return null;
        }
        return onDisk(path + ".file", fileNode.textValue());
    }

    private AttachmentContent onDisk(String path, String name) {
        if (folder == null) {
            problem(path, "'" + name + "' cannot be read: only a fixture read from the fixture folder, or put"
                    + " while one is configured, names files; state the bytes in contentBase64 instead.",
                    "AttachmentFile");
            return null;
        }
        if (name.indexOf('\\') >= 0 || name.startsWith("/") || name.indexOf(':') >= 0 || name.indexOf('\0') >= 0) {
            problem(path, "'" + name + "' must be a relative path with '/' between folders, inside the fixture"
                    + " folder.", "AttachmentFile");
            return null;
        }
        Path resolved = folder.resolve(name).normalize();
        if (!resolved.startsWith(folder) || resolved.equals(folder)) {
            problem(path, "'" + name + "' is outside the fixture folder.", "AttachmentFile");
            return null;
        }
        try {
            if (!Files.isRegularFile(resolved)) {
                problem(path, "'" + name + "' is not a file of the fixture folder.", "AttachmentFile");
                return null;
            }
            if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
                problem(path, "'" + name + "' is a link to a file outside the fixture folder.", "AttachmentFile");
                return null;
            }
            long size = Files.size(resolved);
            if (size > Integer.MAX_VALUE) {
                problem(path, "'" + name + "' has " + size + " bytes; Codat's fileSize holds at most "
                        + Integer.MAX_VALUE + ".", "AttachmentFile");
                return null;
            }
            return new AttachmentContent.OnDisk(name, resolved, size);
        } catch (IOException e) {
            problem(path, "'" + name + "' cannot be read: " + e.getMessage() + ".", "AttachmentFile");
            return null;
        }
    }

    private Integer fileSize(String path, JsonNode node, AttachmentContent content) {
        if (node == null || node.isNull()) {
            return (int) content.size();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() != content.size()) {
            problem(path, "is " + node + " but the attachment's bytes number " + content.size() + ": state the"
                    + " file's size, or leave fileSize out.", "FileSize");
            return null;
        }
        return (int) content.size();
    }
}
