package dev.codatsandbox.api;

import dev.codatsandbox.attachments.AttachmentContent;
import dev.codatsandbox.attachments.CustomerAttachment;
import dev.codatsandbox.companies.CompanyData;
import dev.codatsandbox.errors.CodatApiException;
import dev.codatsandbox.errors.CodatError;
import dev.codatsandbox.model.Attachment;
import dev.codatsandbox.model.AttachmentsDataset;
import dev.codatsandbox.platform.Platform;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Codat's customer attachment calls: list, get and download. The company and connection are checked as the push
 * calls check them (Codat's 404 for either), then the customer and the attachment. A download answers the bytes as
 * {@code application/octet-stream}, as Codat documents, with {@code Content-Length} and a
 * {@code Content-Disposition} naming the file; a file of the fixture folder is streamed from disk in pieces, with
 * back-pressure, never read whole into memory.
 */
@Path("/companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "Codat's Accounting API Customers endpoints")
@APIResponse(responseCode = "401", description = "No API key, or one not accepted",
        content = @Content(schema = @Schema(implementation = CodatError.class)))
@APIResponse(responseCode = "404", description = "Unknown company, connection, customer or attachment",
        content = @Content(schema = @Schema(implementation = CodatError.class)))
public class AttachmentsResource {

    private static final String ATTACHMENTS =
            "/{companyId}/connections/{connectionId}/data/customers/{customerId}/attachments";

    private final Platform platform;
    private final Vertx vertx;

    AttachmentsResource(Platform platform, Vertx vertx) {
        this.platform = platform;
        this.vertx = vertx;
    }

    @Operation(operationId = "list-customer-attachments", summary = "List customer attachments")
    @APIResponse(responseCode = "200", description = "The customer's attachments")
    @GET
    @Path(ATTACHMENTS)
    public AttachmentsDataset list(@PathParam("companyId") String companyId,
                                   @PathParam("connectionId") String connectionId,
                                   @PathParam("customerId") String customerId) {
        return new AttachmentsDataset(attachments(companyId, connectionId, customerId).stream()
                .map(CustomerAttachment::attachment).toList());
    }

    @Operation(operationId = "get-customer-attachment", summary = "Get customer attachment")
    @APIResponse(responseCode = "200", description = "The attachment")
    @GET
    @Path(ATTACHMENTS + "/{attachmentId}")
    public Attachment get(@PathParam("companyId") String companyId, @PathParam("connectionId") String connectionId,
                          @PathParam("customerId") String customerId,
                          @PathParam("attachmentId") String attachmentId) {
        return attachment(companyId, connectionId, customerId, attachmentId).attachment();
    }

    @Operation(operationId = "download-customer-attachment", summary = "Download customer attachment")
    @APIResponse(responseCode = "200", description = "The attachment's bytes",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM))
    @GET
    @Path(ATTACHMENTS + "/{attachmentId}/download")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response download(@PathParam("companyId") String companyId, @PathParam("connectionId") String connectionId,
                             @PathParam("customerId") String customerId,
                             @PathParam("attachmentId") String attachmentId) {
        CustomerAttachment attachment = attachment(companyId, connectionId, customerId, attachmentId);
        Object entity;
        if (attachment.content() instanceof AttachmentContent.OnDisk file) {
            entity = open(file);
        } else {
            entity = ((AttachmentContent.InMemory) attachment.content()).bytes();
        }
        return Response.ok(entity, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", disposition(attachment.attachment()))
                .build();
    }

    /** The file, opened for reading its whole length, if it is still the one the fixture folder was read with. */
    private AsyncFile open(AttachmentContent.OnDisk file) {
        long size;
        try {
            size = Files.size(file.path());
        } catch (IOException e) {
            size = -1;
        }
        if (size != file.size()) {
            throw new CodatApiException(500, "The file '" + file.file() + "' of this attachment changed or went away"
                    + " after the fixture folder was read; reload the fixture folder (POST /_sandbox/reload).");
        }
        AsyncFile opened = vertx.fileSystem().openBlocking(file.path().toString(),
                new OpenOptions().setRead(true).setWrite(false).setCreate(false));
        opened.setReadLength(size);
        return opened;
    }

    /**
     * {@code attachment} with the file's name: plain ASCII in {@code filename} (other characters and quotes as
     * '_'), the exact name in RFC 5987's {@code filename*} when they differ; the id when the attachment has no name.
     */
    static String disposition(Attachment attachment) {
        String name = attachment.name() == null || attachment.name().isBlank() ? attachment.id() : attachment.name();
        StringBuilder ascii = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            ascii.append(c < 0x20 || c >= 0x7F || c == '"' || c == '\\' ? '_' : c);
        }
        String plain = "attachment; filename=\"" + ascii + "\"";
        return ascii.toString().equals(name) ? plain : plain + "; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private List<CustomerAttachment> attachments(String companyId, String connectionId, String customerId) {
        platform.requireConnection(companyId, connectionId);
        CompanyData company = platform.require(companyId);
        return company.attachments(customerId).orElseThrow(() -> CodatApiException.notFound(
                "Customer '" + customerId + "' was not found for company '" + companyId + "'."));
    }

    private CustomerAttachment attachment(String companyId, String connectionId, String customerId,
                                          String attachmentId) {
        return attachments(companyId, connectionId, customerId).stream()
                .filter(attachment -> attachment.id().equalsIgnoreCase(attachmentId)).findFirst()
                .orElseThrow(() -> CodatApiException.notFound("Attachment '" + attachmentId + "' was not found for"
                        + " customer '" + customerId + "' of company '" + companyId + "'."));
    }
}
