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
 * Request bodies over the limit get 413 at the gateway (DESIGN.md §5), whether the Content-Length
 * says so or a chunked body passes the limit while it streams; nothing over the limit reaches a
 * service. Multipart document uploads get the documents' limit, on the document paths only. Runs after
 * security and rate limits (orders -100 and 0), so that strangers and floods are turned away first.
 *
 * <p>A body at most {@link #DROPPED_AT_MOST} over its limit is read to its end and dropped before the
 * 413, as Tomcat does (maxSwallowSize): answering while the client still sends, then closing, makes
 * the client's system reset the connection, and the client may never see the 413. Bodies further over
 * get the 413 at once, and their connection is closed.
 */
@Component
@Order(10)
@EnableConfigurationProperties(BodyLimitProperties.class)
class BodyLimitWebFilter implements WebFilter {

    /** Room for the multipart boundaries and part headers around the file, as tender-service allows. */
    private static final DataSize MULTIPART_OVERHEAD = DataSize.ofKilobytes(64);
    private static final long DROPPED_AT_MOST = DataSize.ofMegabytes(2).toBytes();

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
        long announced = request.getHeaders().getContentLength();
        if (announced > limit.maxBytes()) {
            return announced - limit.maxBytes() <= DROPPED_AT_MOST
                    ? request.getBody().doOnNext(DataBufferUtils::release).then(Mono.error(limit.exceeded(true)))
                    : Mono.error(limit.exceeded(false));
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

        BodyTooLargeException exceeded(boolean bodyRead) {
            return new BodyTooLargeException(detail, maxBytes, bodyRead);
        }
    }

    /**
     * Stops passing a body on (chunked, or whatever its framing) as soon as it passes the limit, drops
     * the rest, and fails with the 413 at its end, or at once when it goes too far over.
     */
    private static final class CountedBody extends ServerHttpRequestDecorator {

        private final Limit limit;

        CountedBody(ServerHttpRequest request, Limit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong received = new AtomicLong();
            Flux<DataBuffer> withinLimit = super.getBody().handle((buffer, sink) -> {
                long total = received.addAndGet(buffer.readableByteCount());
                if (total <= limit.maxBytes()) {
                    sink.next(buffer);
                    return;
                }
                DataBufferUtils.release(buffer);
                if (total - limit.maxBytes() > DROPPED_AT_MOST) {
                    sink.error(limit.exceeded(false));
                }
            });
            return withinLimit.concatWith(Mono.defer(() -> received.get() > limit.maxBytes()
                    ? Mono.error(limit.exceeded(true))
                    : Mono.empty()));
        }
    }
}
