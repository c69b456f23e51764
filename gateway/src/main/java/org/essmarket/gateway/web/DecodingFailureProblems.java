package org.essmarket.gateway.web;

import java.util.Map;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that Reactor Netty refuses before any Spring code sees them — a request line over its limit (414),
 * headers over theirs (431), a request that is not HTTP (400) — get a problem+json body like every other error,
 * not an empty answer. Netty writes those answers itself, so a handler next to the HTTP codec gives them their
 * body on the way out. The detail is fixed: nothing of the refused request is echoed back.
 */
@Configuration(proxyBeanMethods = false)
class DecodingFailureProblems {

    private static final Map<Integer, String> DETAILS = Map.of(
            HttpStatus.URI_TOO_LONG.value(), "The request's address is longer than the gateway accepts.",
            HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value(), "The request's headers are larger than the gateway accepts.",
            HttpStatus.PAYLOAD_TOO_LARGE.value(), "The request is larger than the gateway accepts.",
            HttpStatus.BAD_REQUEST.value(), "The request is not well-formed HTTP.");

    @Bean
    NettyServerCustomizer problemsForDecodingFailures(JsonMapper json) {
        return server -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "essmarket.decodingFailureProblems",
                        new ProblemBody(json));
            }
        });
    }

    /** Gives Netty's own bodiless refusals a problem+json body; every other message passes untouched. */
    private static final class ProblemBody extends ChannelOutboundHandlerAdapter {

        private final JsonMapper json;

        ProblemBody(JsonMapper json) {
            this.json = json;
        }

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
            if (message instanceof FullHttpResponse response && DETAILS.containsKey(response.status().code())
                    && response.content().readableBytes() == 0 && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
                HttpStatus status = HttpStatus.valueOf(response.status().code());
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, DETAILS.get(status.value()));
                problem.setTitle(status.getReasonPhrase());
                byte[] body = json.writeValueAsBytes(problem);
                FullHttpResponse withBody = response.replace(Unpooled.wrappedBuffer(body));
                response.release();
                withBody.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
                super.write(context, withBody, promise);
                return;
            }
            super.write(context, message, promise);
        }
    }
}
