package org.essmarket.tender.document.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.essmarket.tender.document.domain.DocumentFile;
import org.essmarket.tender.document.domain.DocumentOwner;
import org.essmarket.tender.document.domain.OwnerKind;
import org.essmarket.tender.document.domain.StoredDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.gridfs.model.GridFSFile;

/**
 * Documents in MongoDB GridFS, bucket {@value #BUCKET} ({@code documents.files} and
 * {@code documents.chunks}): the bytes in chunks, the description in the file's metadata. Every
 * lookup names the owner, so a document is never reached through another tender's or bid's path.
 */
@Component
public class DocumentStore {

    static final String BUCKET = "documents";

    private final GridFsTemplate gridFs;

    DocumentStore(MongoDatabaseFactory database, MongoTemplate mongo) {
        this.gridFs = new GridFsTemplate(database, mongo.getConverter(), BUCKET);
        mongo.indexOps(BUCKET + ".files").createIndex(new Index("metadata.ownerId", Sort.Direction.ASC));
    }

    /** Stores the content and its description; the description with its new id. */
    public StoredDocument store(StoredDocument document, byte[] content) {
        Document metadata = new Document("ownerKind", document.owner().kind().name())
                .append("ownerId", document.owner().id())
                .append("contentType", document.contentType())
                .append("uploadedBy", document.uploadedBy())
                .append("uploadedAt", Date.from(document.uploadedAt()))
                .append("sha256", document.sha256());
        ObjectId id = gridFs.store(new ByteArrayInputStream(content), document.fileName(), metadata);
        return document.withId(id.toHexString());
    }

    /** The owner's documents, oldest first. */
    public List<StoredDocument> findAll(DocumentOwner owner) {
        return gridFs.find(ofOwner(owner).with(Sort.by("metadata.uploadedAt", "_id")))
                .map(DocumentStore::toStoredDocument)
                .into(new ArrayList<>());
    }

    public Optional<StoredDocument> find(DocumentOwner owner, String id) {
        return findFile(owner, id).map(DocumentStore::toStoredDocument);
    }

    /** The description and the stored bytes, to be read (and closed) by the caller. */
    public Optional<DocumentFile> open(DocumentOwner owner, String id) {
        return findFile(owner, id).map(file -> {
            try {
                return new DocumentFile(toStoredDocument(file), gridFs.getResource(file).getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void delete(DocumentOwner owner, String id) {
        if (ObjectId.isValid(id)) {
            gridFs.delete(ofOwner(owner).addCriteria(Criteria.where("_id").is(new ObjectId(id))));
        }
    }

    private Optional<GridFSFile> findFile(DocumentOwner owner, String id) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(gridFs.findOne(ofOwner(owner).addCriteria(Criteria.where("_id").is(new ObjectId(id)))));
    }

    private static Query ofOwner(DocumentOwner owner) {
        return new Query(Criteria.where("metadata.ownerKind").is(owner.kind().name())
                .and("metadata.ownerId").is(owner.id()));
    }

    private static StoredDocument toStoredDocument(GridFSFile file) {
        Document metadata = file.getMetadata();
        return new StoredDocument(file.getObjectId().toHexString(),
                new DocumentOwner(OwnerKind.valueOf(metadata.getString("ownerKind")), metadata.getString("ownerId")),
                file.getFilename(), metadata.getString("contentType"), file.getLength(),
                metadata.getString("uploadedBy"), metadata.getDate("uploadedAt").toInstant(),
                metadata.getString("sha256"));
    }
}
