# ESS Market: one image per app, all from this one file.
#
#   docker build --build-arg MODULE=supplier-service -t ess-market/supplier-service:0.1.0-SNAPSHOT .
#
# MODULE is one of: gateway, supplier-service, tender-service, consortium-service, search-service.
# docker-compose.yml builds all five. Needs BuildKit (Docker's default builder since 23.0): the
# Maven repository is a cache mount, so dependencies are downloaded once, not on every build.
#
# Stages: build (Maven, the whole reactor, once for all apps) -> layers (the app's Spring Boot
# layers and its health check) -> runtime (JRE only, non-root, read-only friendly).

# ---- 1. build -------------------------------------------------------------------------------------
# Nothing here depends on MODULE, so the five images have the same cache key for this stage: once
# built, BuildKit reuses it for the other four instead of running Maven again.
FROM eclipse-temurin:21.0.12_8-jdk-noble AS build
WORKDIR /workspace
# .dockerignore keeps tests, build output, git data and the deployment files out of the context,
# so editing a test or a README does not rebuild the images.
COPY . .
# -DskipTests: tests run in CI (.ci/run), not in image builds; src/test is not even in the context,
#   so platform's test-jar (a test-scoped dependency of the services) is built empty. Do not use
#   -Dmaven.test.skip=true instead: it skips that jar altogether and a clean build then fails to
#   resolve org.essmarket:platform:jar:tests.
# -Dmdep.skip: devstack copies the Elasticsearch and Keycloak distributions for the local platform;
#   images do not need them (hundreds of MB otherwise).
RUN --mount=type=cache,id=ess-market-m2,target=/root/.m2,sharing=locked \
    ./mvnw -B -ntp -DskipTests -Dmdep.skip=true \
        -pl gateway,supplier-service,tender-service,consortium-service,search-service -am package \
 && mkdir /workspace/apps \
 && for app in gateway supplier-service tender-service consortium-service search-service; do \
        set -- "$app"/target/"$app"-*.jar; \
        if [ "$#" -ne 1 ] || [ ! -f "$1" ]; then echo "expected exactly one jar for $app, found: $*" >&2; exit 1; fi; \
        cp "$1" /workspace/apps/"$app".jar; \
    done

# ---- 2. layers ------------------------------------------------------------------------------------
FROM eclipse-temurin:21.0.12_8-jre-noble AS layers
ARG MODULE
WORKDIR /layers
RUN case "${MODULE:-}" in \
      gateway|supplier-service|tender-service|consortium-service|search-service) ;; \
      *) echo "Build with --build-arg MODULE=<gateway|supplier-service|tender-service|consortium-service|search-service> (got '${MODULE:-}')" >&2; exit 1 ;; \
    esac
COPY --from=build /workspace/apps/${MODULE}.jar app.jar
COPY deploy/docker/write-healthcheck.sh ./
# Spring Boot 3.3+/4 layer extraction (the "tools" jar mode): dependencies, spring-boot-loader,
# snapshot-dependencies and application, each copied as its own image layer below, so that a code
# change only replaces the small application layer. Our own modules (platform) land in the
# application layer, third-party jars in dependencies.
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted \
 && sh write-healthcheck.sh extracted/application/BOOT-INF/classes/application.yml healthcheck

# ---- 3. runtime -----------------------------------------------------------------------------------
FROM eclipse-temurin:21.0.12_8-jre-noble
ARG MODULE
# Health check tool: Temurin's JDK 21 Ubuntu images ship curl (kept "for historical reasons",
# adoptium/containers#255), so nothing is installed here and the image stays as patched as its base.
# Temurin's 22+ images dropped it: if the base moves past 21, install it here
# (apt-get install -y --no-install-recommends curl). We do not fall back to a bash /dev/tcp probe:
# that only proves the port is open, not that the app is ready. The build fails if curl is missing.
RUN command -v curl >/dev/null \
      || { echo "curl is missing from the base image: install it in this stage (see the comment above)" >&2; exit 1; } \
 && groupadd --gid 10001 essmarket \
 && useradd --uid 10001 --gid essmarket --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin essmarket
WORKDIR /app
# Owned by root and not writable by the app user: the app cannot change its own code.
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
COPY --from=layers /layers/healthcheck /usr/local/bin/healthcheck
# Numeric, so that Kubernetes' runAsNonRoot can verify it.
USER 10001:10001
# Container-aware JVM: the heap follows the container's memory limit (the JVM reads cgroup limits
# by itself), leaving 30 % for metaspace, threads, code cache and Netty/NIO buffers; an
# OutOfMemoryError ends the process so that the orchestrator restarts it instead of leaving a
# half-working JVM. JDK_JAVA_OPTIONS is read by the java launcher only (not by other JVM tools) and
# can be replaced per deployment (docker-compose.yml does, for smaller dev limits).
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=70.0 -XX:InitialRAMPercentage=25.0 -XX:+ExitOnOutOfMemoryError"
# The app's port depends on MODULE (application.yml: SERVER_PORT, and MANAGEMENT_PORT for the
# gateway), so there is no EXPOSE; docker-compose.yml and k8s/ name the ports.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 CMD ["healthcheck", "readiness"]
# exec form: java is PID 1 and receives SIGTERM, so Spring's graceful shutdown runs.
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
LABEL org.opencontainers.image.title="ess-market-${MODULE}" \
      org.opencontainers.image.description="ESS Market ${MODULE}: marketplace for socially responsible public procurement"
