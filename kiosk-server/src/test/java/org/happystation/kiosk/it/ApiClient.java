package org.happystation.kiosk.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A script's view of the REST API: JSON over HTTP with Basic authentication. */
final class ApiClient {

    record Answer(int status, JsonNode json, String body) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String authorization;

    private ApiClient(String authorization) {
        this.authorization = authorization;
    }

    static ApiClient as(String username, String password) {
        return new ApiClient("Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static ApiClient bearer(String token) {
        return new ApiClient("Bearer " + token);
    }

    static ApiClient anonymous() {
        return new ApiClient(null);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer postBytes(String path, byte[] body) {
        return send(request(path)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    HttpResponse<String> raw(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        var builder =
                HttpRequest.newBuilder(URI.create(StationWar.BASE_URL + path)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String body = response.body();
            if (body != null && !body.isBlank() && (body.startsWith("{") || body.startsWith("["))) {
                json = JSON.readTree(body);
            }
            return new Answer(response.statusCode(), json, body);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
