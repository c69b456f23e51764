package org.essmarket.search.notification.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface NotificationRepository extends MongoRepository<NotificationDocument, String> {

    Page<NotificationDocument> findByRecipientUserId(String recipientUserId, Pageable page);

    long countByRecipientUserIdAndReadAtIsNull(String recipientUserId);
}
