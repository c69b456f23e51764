package org.essmarket.consortium.integration.search;

import java.util.List;

import org.essmarket.consortium.consortium.domain.Notice;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** search-service's in-app notifications; safe to retry, search-service keeps one notification per id. */
@FeignClient(name = "search-service", contextId = "searchNotifications", url = "${essmarket.search-service.url}")
public interface NotificationClient {

    @PostMapping("/internal/notifications")
    void deliver(@RequestBody List<Notice> notifications);
}
