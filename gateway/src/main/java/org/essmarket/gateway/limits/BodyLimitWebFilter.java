package org.essmarket.gateway.limits;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request bodies over the limit get 413 at the gateway (DESIGN.md §5): at once when the
 * Content-Length says so, else as soon as a chunked body passes the limit while it streams.
 * Multipart document uploads get the documents' limit, on the document paths only. Runs after
 * security and rate limits (orders -100 and 0), so that strangers and floods are turned away first.
 */
@Component
@Order(10)
@EnableConfigurationProperties(BodyLimitProperties.class)
class BodyLimitWebFilter implements WebFilter {

    /** Room for the multipart boundaries and part headers around the file, as tender-service allows. */
    private static final DataSize MULTIPART_OVERHEAD = DataSize.ofKilobytes(64);

    private final BodyLimitProperties limits;
    private final List<PathPattern> documentPaths;

    BodyLimitWebFilter(BodyLimitProperties limits) {
        this.limits = limits;
        this.documentPaths = limits.documentPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        Limit limit = isDocumentUpload(request)
                ? new Limit(limits.maxDocumentSize().toBytes() + MULTIPART_OVERHEAD.toBytes(),
                        "The upload is larger than the " + readable(limits.maxDocumentSize()) + " allowed for a document.")
                : new Limit(limits.maxBodySize().toBytes(),
                        "The request body is larger than the " + readable(limits.maxBodySize()) + " allowed.");
        if (request.getHeaders().getContentLength() > limit.maxBytes()) {
            return Mono.error(limit.exceeded());
        }
        return chain.filter(exchange.mutate().request(new CountedBody(request, limit)).build());
    }

    private boolean isDocumentUpload(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        return type != null && MediaType.MULTIPART_FORM_DATA.includes(type)
                && documentPaths.stream().anyMatch(path -> path.matches(request.getPath().pathWithinApplication()));
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MiB";
        }
        return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " KiB" : bytes + " bytes";
    }

    private record Limit(long maxBytes, String detail) {

        BodyTooLargeException exceeded() {
            return new BodyTooLargeException(detail, maxBytes);
        }
    }

    /** Cuts a body (chunked, or whatever its framing) as soon as it passes the limit. */
    private static final class CountedBody extends ServerHttpRequestDecorator {

        private final Limit limit;

        CountedBody(ServerHttpRequest request, Limit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong received = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (received.addAndGet(buffer.readableByteCount()) > limit.maxBytes()) {
                    DataBufferUtils.release(buffer);
                    sink.error(limit.exceeded());
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
