# Build a static binary (pure-Go SQLite, no cgo), run it as a non-root user.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/haven ./cmd/haven

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/haven /haven
ENV HAVEN_ADDR=:8080 HAVEN_DATA_DIR=/data
EXPOSE 8080
USER nonroot
ENTRYPOINT ["/haven"]
