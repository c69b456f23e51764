package org.essmarket.tender.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code essmarket.documents.*}: the largest document a buyer or a supplier may upload.
 */
@ConfigurationProperties("essmarket.documents")
public record DocumentProperties(@DefaultValue("20MB") DataSize maxSize) {
}
