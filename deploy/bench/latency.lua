-- wrk's summary as the benchmark table reads it: p50/p95/p99, throughput, failed requests
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %d requests, %.0f requests/s, %d failed\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.requests / (summary.duration / 1e6),
    e.status + e.connect + e.read + e.write + e.timeout))
end
