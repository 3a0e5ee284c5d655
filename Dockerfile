# Builds and runs Threadline. Used by docker-compose.yml; the build needs Maven Central.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src src
COPY processes processes
COPY decisions decisions
COPY forms forms
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
# curl for the health check; the MySQL client tools for ops/backup.sh and ops/restore.sh
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl mysql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home-dir /app threadline \
    && mkdir -p /data/evidence \
    && chown threadline /data/evidence
WORKDIR /app
COPY --from=build /src/target/threadline-*.jar /app/threadline.jar
COPY ops /app/ops
# Evidence photos, videos and QC reports: a volume, so that recreating the container keeps them
ENV THREADLINE_EVIDENCE_DIR=/data/evidence \
    THREADLINE_JAR=/app/threadline.jar
VOLUME /data/evidence
USER threadline
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=10m --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/threadline.jar"]
