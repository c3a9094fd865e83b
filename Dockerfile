# The portal as a container image: docker build -t interconnect-portal . (or docker compose --profile scaled up --build)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# the git commit shown by /actuator/info (the build does without it)
COPY .git .git
RUN ./mvnw -B -q -Dmaven.test.skip=true package && java -Djarmode=tools -jar target/interconnect-portal-*.jar extract --layers --destination /app

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 portal
COPY --from=build /app/dependencies/ ./
COPY --from=build /app/spring-boot-loader/ ./
COPY --from=build /app/snapshot-dependencies/ ./
COPY --from=build /app/application/ ./
USER portal
# 8080: the portal; 8081: the actuator when MANAGEMENT_SERVER_PORT=8081 (keep it off the public network)
EXPOSE 8080 8081
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "interconnect-portal-0.1.0-SNAPSHOT.jar"]
