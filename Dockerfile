# Build a static binary (pure-Go SQLite, no cgo), run it as a non-root user.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/haven ./cmd/haven && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/haven /haven
# The SQLite default lives here when DATABASE_URL is not set.
COPY --from=build --chown=65532:65532 /out/data /data
VOLUME /data
ENV HAVEN_ADDR=:8080 HAVEN_DATA_DIR=/data
EXPOSE 8080
USER nonroot
ENTRYPOINT ["/haven"]
