package org.essmarket.e2e.bench.load;

import java.net.http.HttpRequest;

/** One request of a benchmark's mix, with the family its latency is reported under (e.g. "catalogue"). */
public record Call(String family, HttpRequest request) {
}
