package org.essmarket.tender.config;

import jakarta.servlet.MultipartConfigElement;

import org.essmarket.tender.document.domain.DocumentChecks;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * One size limit for documents, {@code essmarket.documents.max-size}, from which Spring's multipart
 * limits follow, so the two cannot disagree: the parser refuses (413) a file over the limit before
 * it reaches a use case, and {@link DocumentChecks} refuses it for any other caller. This bean
 * replaces {@code spring.servlet.multipart.*}.
 */
@Configuration
@EnableConfigurationProperties(DocumentProperties.class)
public class DocumentConfig {

    /** Room for the multipart boundaries and part headers around the file. */
    private static final DataSize MULTIPART_OVERHEAD = DataSize.ofKilobytes(64);

    @Bean
    DocumentChecks documentChecks(DocumentProperties properties) {
        return new DocumentChecks(properties.maxSize().toBytes());
    }

    @Bean
    MultipartConfigElement multipartConfigElement(DocumentProperties properties) {
        MultipartConfigFactory multipart = new MultipartConfigFactory();
        multipart.setMaxFileSize(properties.maxSize());
        multipart.setMaxRequestSize(DataSize.ofBytes(properties.maxSize().toBytes() + MULTIPART_OVERHEAD.toBytes()));
        return multipart.createMultipartConfig();
    }
}
