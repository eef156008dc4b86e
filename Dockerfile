# hvmon in a container: built from source with Maven and a JDK, run on a slim Debian with the Linux release's own
# jlinked runtime and start-up cache (no JDK, no Maven in the image), as a user without privileges.
#   docker build -t hvmon .
#   docker run --rm -p 20501:20501 hvmon demo --address 0.0.0.0
#   docker run -d -p 20501:20501 -v /etc/hvmon:/etc/hvmon:ro -e HVMON_HEAP=128m hvmon   (serve --config /etc/hvmon/config.json)
# docker stop sends SIGTERM: hvmon stops in order and exits 0.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY . .
# The Linux release, checked as part of 'verify' (packaging/linux/check-release.sh), then unpacked for the image.
RUN mvn -B -Prelease -Dmaven.test.skip=true verify -pl hvmon-dist -am \
 && mkdir /hvmon \
 && tar -xzf hvmon-dist/target/hvmon-*-linux-x64.tar.gz -C /hvmon --strip-components=1

FROM debian:12-slim
RUN useradd --system --uid 10001 --user-group --home-dir /nonexistent --shell /usr/sbin/nologin hvmon
COPY --from=build /hvmon /opt/hvmon
USER 10001:10001
EXPOSE 20501
# /healthz over bash's /dev/tcp: the image needs no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["bash", "-c", \
  "exec 3<>/dev/tcp/127.0.0.1/20501 && printf 'GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && read -r _ code _ <&3 && [ \"$code\" = 200 ]"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/opt/hvmon/bin/hvmon"]
CMD ["serve", "--config", "/etc/hvmon/config.json"]
