import autocannon from "autocannon";

export interface LoadResult {
  path: string;
  rps: number;
  p99: number;
  errors: number;
}

/**
 * A bounded load test against our own server on loopback only: fixed connections, fixed
 * duration, then it stops by itself.
 */
export async function loadTest(port: number, path: string, seconds = 5): Promise<LoadResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections: 32,
    duration: seconds,
    pipelining: 1,
    // What a browser sends, so the compressed path (cached after the first request) is the one timed.
    headers: { "accept-encoding": "br, gzip" },
  });
  return {
    path,
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
