package org.essmarket.devstack.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ApiDocumentContractTest {

    private static List<String> differences(String checkedIn, String served) {
        List<String> differences = new ArrayList<>();
        ApiDocumentContract.compare("", json(checkedIn), json(served), differences);
        return differences;
    }

    private static JsonNode json(String text) {
        return ApiClient.JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void the_same_document_with_keys_in_another_order_has_no_difference() {
        assertEquals(List.of(), differences("{'paths': {'/a': {'get': {'operationId': 'x', 'tags': ['T']}}}, 'info': {}}",
                "{'info': {}, 'paths': {'/a': {'get': {'tags': ['T'], 'operationId': 'x'}}}}"));
    }

    @Test
    void names_each_place_where_the_served_document_changed() {
        assertEquals(List.of("/paths/~1api~1v1~1suppliers/post/operationId: \"registerSupplier\" → \"register\"",
                "/paths/~1api~1v1~1suppliers~1mine: (absent) → {\"get\":{}}"),
                differences("{'paths': {'/api/v1/suppliers': {'post': {'operationId': 'registerSupplier'}}}}",
                        "{'paths': {'/api/v1/suppliers': {'post': {'operationId': 'register'}}, '/api/v1/suppliers/mine': {'get': {}}}}"));
    }
}
